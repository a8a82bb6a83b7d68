package org.mixroom.shared.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The demo accounts {@code mix}, {@code master} and {@code artist}, bound from {@code mixroom.demo.*}.
 *
 * @param enabled  whether the demo accounts exist and can sign in; a real installation sets false
 * @param password their password, applied at every start while enabled; if unset, the first start chooses a
 *     random one and prints it once in the log
 */
@ConfigurationProperties("mixroom.demo")
public record DemoProperties(@DefaultValue("true") boolean enabled, String password) {

    public DemoProperties {
        if (password != null && password.isBlank()) {
            password = null;
        }
    }
}

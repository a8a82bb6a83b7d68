package org.mixroom.shared;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Beans every module uses. */
@Configuration
class SharedConfiguration {

    /** The one source of "now", so tests can fix it. */
    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}

package org.mixroom;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.util.Arrays;
import java.util.Map;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * An SMTP server inside the test JVM (GreenMail, on a free port), started once and set as the application's
 * mail server, so notification mail really goes over SMTP in tests. It accepts mail for any address.
 */
public final class TestMailServer implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static GreenMail server;

    /** The server, started on first use. */
    public static synchronized GreenMail get() {
        if (server == null) {
            server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return server;
    }

    /** The mail received so far for {@code address}. */
    public static MimeMessage[] receivedBy(String address) {
        return Arrays.stream(get().getReceivedMessages()).filter(message -> {
            try {
                return Arrays.stream(message.getAllRecipients()).anyMatch(r -> r.toString().equals(address));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).toArray(MimeMessage[]::new);
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        GreenMail mail = get();
        context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testMailServer", Map.of(
                "spring.mail.host", mail.getSmtp().getBindTo(),
                "spring.mail.port", String.valueOf(mail.getSmtp().getPort()))));
    }
}

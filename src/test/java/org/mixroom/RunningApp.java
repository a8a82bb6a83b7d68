package org.mixroom;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port, with an in-memory H2 database, a temporary data folder,
 * the demo accounts with a known password, a small upload limit, a mail server in the test JVM and quick
 * background jobs. Every integration and browser
 * test uses this one configuration, so Spring's context cache starts the application once per test
 * run.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:e2e;DB_CLOSE_DELAY=-1",
            "mixroom.demo.password=" + RunningApp.DEMO_PASSWORD,
            "mixroom.upload.max-size=" + RunningApp.MAX_UPLOAD,
            "mixroom.public-url=" + RunningApp.PUBLIC_URL,
            // Retries follow quickly and the watchdog looks often.
            "jobrunr.jobs.retry-back-off-time-seed=1",
            "mixroom.jobs.watchdog-interval=1s"
        })
@ContextConfiguration(initializers = {TemporaryDataDir.class, TestMailServer.class})
public @interface RunningApp {
    /** The password of the demo accounts mix, master and artist in tests. */
    String DEMO_PASSWORD = "demo-password";

    /** A small upload limit, so a test can exceed it cheaply. */
    String MAX_UPLOAD = "4MB";

    /** The public address links in mail start with. */
    String PUBLIC_URL = "https://mixroom.test";
}

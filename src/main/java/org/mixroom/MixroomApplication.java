package org.mixroom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Starts the Mixroom web application. The packaged jar enters through {@link Launcher}. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MixroomApplication {

    public static void main(String[] args) {
        SpringApplication.run(MixroomApplication.class, args);
    }
}

package org.mixroom;

import java.util.Arrays;
import org.mixroom.engine.cli.AnalyzeCli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Starts Mixroom.
 *
 * <ul>
 *   <li>{@code java -jar mixroom.jar} runs the web application.
 *   <li>{@code java -jar mixroom.jar analyze FILE [options]} runs the analysis engine on one file
 *       and prints its report. This path returns before any Spring class is touched, so it starts
 *       fast and prints nothing but the report.
 * </ul>
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class MixroomApplication {

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("analyze")) {
            AnalyzeCli.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        SpringApplication.run(MixroomApplication.class, args);
    }
}

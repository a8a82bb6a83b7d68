package org.mixroom;

import java.util.Arrays;
import org.mixroom.engine.cli.AnalyzeCli;

/**
 * The packaged jar's entry point. {@code java -jar mixroom.jar analyze FILE} runs the analysis engine
 * straight from the jar's root, where the build places the engine and its few libraries, so it starts in a
 * tenth of a second and prints nothing but the report. Anything else hands over to Spring Boot's launcher,
 * which starts the web application ({@link MixroomApplication}).
 */
public final class Launcher {
    static final String SPRING_BOOT_LAUNCHER = "org.springframework.boot.loader.launch.JarLauncher";

    private Launcher() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("analyze")) {
            AnalyzeCli.main(Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Class.forName(SPRING_BOOT_LAUNCHER).getMethod("main", String[].class).invoke(null, (Object) args);
    }
}

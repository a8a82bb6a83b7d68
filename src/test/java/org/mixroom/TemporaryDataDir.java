package org.mixroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points {@code mixroom.data-dir} at a temporary folder, one per test JVM, deleted when the JVM
 * exits. Tests never write into the working tree's {@code ./data}.
 */
public final class TemporaryDataDir implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static Path dir;

    /** The folder, created on first use. */
    public static synchronized Path get() {
        if (dir == null) {
            try {
                dir = Files.createTempDirectory("mixroom-test-");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Path created = dir;
            Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(created)));
        }
        return dir;
    }

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        context.getEnvironment()
                .getPropertySources()
                .addFirst(new MapPropertySource("temporaryDataDir", Map.of("mixroom.data-dir", get().toString())));
    }

    private static void deleteTree(Path root) {
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // best effort: the folder is under the system's temporary directory
        }
    }
}

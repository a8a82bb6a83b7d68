package org.mixroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jar still starts the web application: its entry point hands everything but {@code analyze}
 * to Spring Boot's launcher, and the engine's libraries it keeps at the jar's root are found from there.
 */
class PackagedJarIT {
    @TempDir
    Path dataDir;

    @Test
    void javaDashJarServesTheApplication() throws Exception {
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String java = ProcessHandle.current().info().command().orElse("java");
        Path log = dataDir.resolve("app.log");
        Process app = new ProcessBuilder(List.of(java, "-jar", Path.of("target", "mixroom.jar").toString(),
                "--server.port=" + port, "--mixroom.data-dir=" + dataDir.resolve("data")))
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        try {
            HttpClient client = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpRequest home = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                    .timeout(Duration.ofSeconds(10)).build();
            int status = 0;
            // A first start also creates the job tables; on a busy build machine that can take minutes.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(180);
            while (status != 200 && System.nanoTime() < deadline && app.isAlive()) {
                try {
                    status = client.send(home, HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (IOException notYetListening) {
                    Thread.sleep(250);
                }
            }
            assertThat(status).as("GET / on the packaged jar; its log:%n%s", Files.readString(log)).isEqualTo(200);
            assertThat(Files.isDirectory(dataDir.resolve("data").resolve("db"))).isTrue();
        } finally {
            app.destroy();
            if (!app.waitFor(20, TimeUnit.SECONDS)) {
                app.destroyForcibly();
            }
        }
    }
}

package org.mixroom.shared.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.util.unit.DataSize;
import software.amazon.awssdk.services.s3.S3Client;

/**
 * An S3-compatible server for tests, started as a child process on a free loopback port from the jar that
 * the build copies to {@code target/s3-servers} (system property {@code mixroom.test.s3-servers}): S3Proxy
 * checks SigV4 signatures like AWS, S3Mock echoes checksums and ignores credentials. It holds one empty
 * bucket, {@link #BUCKET}.
 */
public final class S3TestServer implements AutoCloseable {

    public static final String BUCKET = "mixroom-test";
    public static final String ACCESS_KEY = "mixroom-test";
    public static final String SECRET_KEY = "mixroom-test-secret";

    private static final Duration STARTUP = Duration.ofSeconds(180);

    private final String name;
    private final Process process;
    private final URI endpoint;
    private final Path dir;

    private S3TestServer(String name, Process process, URI endpoint, Path dir) {
        this.name = name;
        this.process = process;
        this.endpoint = endpoint;
        this.dir = dir;
    }

    /** S3Proxy on its file-system back end, with SigV4 authentication. */
    public static S3TestServer s3Proxy() throws IOException {
        Path dir = Files.createTempDirectory("mixroom-s3proxy-");
        int port = freePort();
        Path data = Files.createDirectories(dir.resolve("data"));
        Path config = Files.writeString(dir.resolve("s3proxy.conf"), String.join("\n",
                "s3proxy.endpoint=http://127.0.0.1:" + port,
                "s3proxy.authorization=aws-v2-or-v4",
                "s3proxy.identity=" + ACCESS_KEY,
                "s3proxy.credential=" + SECRET_KEY,
                "jclouds.provider=filesystem-nio2",
                "jclouds.filesystem.basedir=" + data));
        S3TestServer server = start("S3Proxy", dir, port, List.of("-jar", jar("s3proxy.jar").toString(),
                "--properties", config.toString()));
        try (S3Client client = server.client()) {
            client.createBucket(request -> request.bucket(BUCKET));
        }
        return server;
    }

    /**
     * S3Mock. Its API answers on the loopback address; S3Mock always opens a second, plain-HTTP connector on
     * every interface and has no setting for its address, so that one is given a free port and left unused.
     */
    public static S3TestServer s3Mock() throws IOException {
        Path dir = Files.createTempDirectory("mixroom-s3mock-");
        int port = freePort();
        return start("S3Mock", dir, port, List.of("-jar", jar("s3mock.jar").toString(),
                "--server.address=127.0.0.1", "--server.port=" + port, "--server.ssl.enabled=false",
                "--http.port=" + freePort(),
                "--com.adobe.testing.s3mock.store.initial-buckets=" + BUCKET,
                "--com.adobe.testing.s3mock.store.root=" + dir.resolve("data"),
                "--com.adobe.testing.s3mock.max-payload-size=64MB"));
    }

    public URI endpoint() {
        return endpoint;
    }

    /** The settings a Mixroom node would have for this server ({@code mixroom.storage.s3.*}). */
    public StorageProperties.S3 settings() {
        return settings(ACCESS_KEY, SECRET_KEY);
    }

    public StorageProperties.S3 settings(String accessKey, String secretKey) {
        return new StorageProperties.S3(endpoint, "us-east-1", BUCKET, accessKey, secretKey, true,
                DataSize.ofMegabytes(256));
    }

    /** A client as Mixroom builds it; the caller closes it. */
    public S3Client client() {
        return StorageConfiguration.client(settings()).build();
    }

    @Override
    public void close() throws IOException {
        process.destroy();
        try {
            if (!process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (!Files.isDirectory(dir)) {
            return; // closed before
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    private static S3TestServer start(String name, Path dir, int port, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Both only serve a few test requests: start fast, stay small.
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-Xmx384m"));
        command.addAll(arguments);
        Path log = dir.resolve("server.log");
        Process process = new ProcessBuilder(command).directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
        S3TestServer server = new S3TestServer(name, process, URI.create("http://127.0.0.1:" + port), dir);
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (!accepts(port)) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                String output = Files.readString(log);
                server.close();
                throw new IllegalStateException(name + " did not start on port " + port + ":\n"
                        + output.substring(Math.max(0, output.length() - 4000)));
            }
            sleep();
        }
        return server;
    }

    private static Path jar(String name) {
        Path jar = Path.of(System.getProperty("mixroom.test.s3-servers", "target/s3-servers"), name);
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(jar + " is missing; the build copies it (mvn process-test-resources)");
        }
        return jar;
    }

    /** A port free on the loopback address right now. */
    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static boolean accepts(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted while waiting for the S3 server"));
        }
    }

    @Override
    public String toString() {
        return name + " at " + endpoint;
    }
}

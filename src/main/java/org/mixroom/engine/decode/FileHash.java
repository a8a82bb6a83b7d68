package org.mixroom.engine.decode;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The SHA-256 of a whole file, computed on its own thread while ffmpeg decodes it (the decoders fed by
 * ffmpeg cannot hash the bytes as they read them).
 */
final class FileHash implements AutoCloseable {
    private final FutureTask<String> task;
    private final Thread thread;

    private FileHash(Path file) {
        task = new FutureTask<>(() -> {
            try {
                return Sha256.ofFile(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        thread = Thread.ofPlatform().daemon().name("mixroom-file-sha256").start(task);
    }

    static FileHash start(Path file) {
        return new FileHash(file);
    }

    /** The lowercase hex SHA-256, waiting for it. */
    String await() throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while hashing");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UncheckedIOException io) {
                throw io.getCause();
            }
            throw new IllegalStateException("hashing failed", e.getCause());
        }
    }

    /** Stops hashing if it is still running (an interrupted file read ends the thread). */
    @Override
    public void close() {
        task.cancel(true);
    }
}

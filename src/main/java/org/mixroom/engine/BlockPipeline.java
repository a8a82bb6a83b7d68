package org.mixroom.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.mixroom.engine.decode.AudioDecoder;

/**
 * Feeds decoded blocks to groups of meters, each group on its own thread, while the calling thread decodes
 * and feeds the first group. Blocks circulate through a small pool and return to it once every group has
 * taken them, so memory stays constant and every meter still sees the blocks in file order.
 */
final class BlockPipeline {
    private static final int POOL_SIZE = 6;

    private final List<List<Meter<?>>> groups;
    private final int channels;
    private final int blockFrames;

    /** @param groups meter groups; group 0 runs on the calling thread, each further group on a thread of its own */
    BlockPipeline(List<List<Meter<?>>> groups, int channels, int blockFrames) {
        this.groups = groups;
        this.channels = channels;
        this.blockFrames = blockFrames;
    }

    /** Decodes the whole stream through every meter; returns the number of frames. */
    long run(AudioDecoder decoder) throws IOException, InvalidAudioException {
        BlockingQueue<Shared> pool = new ArrayBlockingQueue<>(POOL_SIZE);
        for (int i = 0; i < POOL_SIZE; i++) {
            pool.add(new Shared(new AudioBlock(channels, blockFrames)));
        }
        List<Worker> workers = new ArrayList<>();
        for (List<Meter<?>> group : groups.subList(1, groups.size())) {
            Worker worker = new Worker(group, pool);
            workers.add(worker);
            worker.thread.start();
        }
        long frames = 0;
        try {
            while (true) {
                Shared shared = pool.take();
                if (!decoder.read(shared.block)) {
                    break;
                }
                frames += shared.block.frames();
                shared.references.set(workers.size() + 1);
                for (Worker worker : workers) {
                    worker.inbox.put(shared);
                }
                for (Meter<?> meter : groups.getFirst()) {
                    meter.accept(shared.block);
                }
                shared.release(pool);
                for (Worker worker : workers) {
                    worker.rethrow();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("analysis interrupted", e);
        } finally {
            for (Worker worker : workers) {
                worker.stop();
            }
        }
        for (Worker worker : workers) {
            worker.rethrow();
        }
        return frames;
    }

    private static final class Shared {
        static final Shared END = new Shared(null);
        final AudioBlock block;
        final AtomicInteger references = new AtomicInteger();

        Shared(AudioBlock block) {
            this.block = block;
        }

        void release(BlockingQueue<Shared> pool) {
            if (references.decrementAndGet() == 0) {
                pool.add(this);
            }
        }
    }

    private static final class Worker implements Runnable {
        final BlockingQueue<Shared> inbox = new ArrayBlockingQueue<>(POOL_SIZE + 1);
        final Thread thread;
        private final List<Meter<?>> meters;
        private final BlockingQueue<Shared> pool;
        private volatile Throwable failure;

        Worker(List<Meter<?>> meters, BlockingQueue<Shared> pool) {
            this.meters = meters;
            this.pool = pool;
            thread = new Thread(this, "mixroom-meters");
            thread.setDaemon(true);
        }

        @Override
        public void run() {
            try {
                for (Shared shared = inbox.take(); shared != Shared.END; shared = inbox.take()) {
                    if (failure == null) {
                        for (Meter<?> meter : meters) {
                            meter.accept(shared.block);
                        }
                    }
                    shared.release(pool);
                }
            } catch (InterruptedException e) {
                failure = e;
            } catch (RuntimeException | Error e) {
                failure = e;
                drain();
            }
        }

        /** After a failure, keeps returning blocks so the decoding thread is never left waiting for the pool. */
        private void drain() {
            try {
                for (Shared shared = inbox.take(); shared != Shared.END; shared = inbox.take()) {
                    shared.release(pool);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void stop() throws IOException {
            try {
                inbox.put(Shared.END);
                thread.join();
            } catch (InterruptedException e) {
                thread.interrupt();
                Thread.currentThread().interrupt();
                throw new IOException("analysis interrupted", e);
            }
        }

        void rethrow() {
            Throwable t = failure;
            if (t instanceof RuntimeException e) {
                throw e;
            }
            if (t instanceof Error e) {
                throw e;
            }
            if (t != null) {
                throw new IllegalStateException("meter thread stopped", t);
            }
        }
    }
}

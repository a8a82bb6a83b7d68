package org.mixroom.engine.decode;

import java.nio.file.Files;
import java.nio.file.Path;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.testaudio.WavWriter;
import org.mixroom.engine.testaudio.WhiteNoise;

/**
 * Times the decode of a 4-minute 48 kHz 24-bit stereo WAV (69 MB), written on first use. Not a test: run
 * {@code java … DecodeBenchmark [FILE] [RUNS]}; with one run it measures a cold JVM.
 */
public final class DecodeBenchmark {
    private DecodeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path file = Path.of(args.length > 0 ? args[0] : System.getProperty("java.io.tmpdir") + "/mixroom-4min-24bit.wav");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        if (!Files.exists(file)) {
            WavWriter.write(file, new WhiteNoise(48_000, 2, 240L * 48_000, 0.2, 1), SampleFormat.INT24);
        }
        for (int run = 1; run <= runs; run++) {
            long started = System.nanoTime();
            long frames = 0;
            String hash;
            try (AudioDecoder decoder = AudioDecoders.open(file)) {
                AudioBlock block = new AudioBlock(decoder.format().channels(), 16_384);
                while (decoder.read(block)) {
                    frames += block.frames();
                }
                hash = decoder.sha256();
            }
            System.out.printf("run %d: %d frames in %.1f ms (sha256 %s…)%n", run, frames,
                    (System.nanoTime() - started) / 1e6, hash.substring(0, 12));
        }
    }
}

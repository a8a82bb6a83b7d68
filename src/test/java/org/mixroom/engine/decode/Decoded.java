package org.mixroom.engine.decode;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.AudioFormat;
import org.mixroom.engine.InvalidAudioException;

/** A whole file decoded into memory, for tests on short files. */
record Decoded(AudioFormat format, double[][] samples, String sha256) {

    static Decoded of(Path file) throws IOException, InvalidAudioException {
        return of(file, 4096);
    }

    static Decoded of(Path file, int blockFrames) throws IOException, InvalidAudioException {
        return of(file, blockFrames, FfmpegLocator.BUNDLED);
    }

    static Decoded of(Path file, int blockFrames, FfmpegLocator ffmpeg) throws IOException, InvalidAudioException {
        try (AudioDecoder decoder = AudioDecoders.open(file, ffmpeg)) {
            int channels = decoder.format().channels();
            AudioBlock block = new AudioBlock(channels, blockFrames);
            double[][] samples = new double[channels][1024];
            int frames = 0;
            while (decoder.read(block)) {
                if (frames + block.frames() > samples[0].length) {
                    for (int c = 0; c < channels; c++) {
                        samples[c] = Arrays.copyOf(samples[c], Math.max(2 * samples[c].length, frames + block.frames()));
                    }
                }
                for (int c = 0; c < channels; c++) {
                    System.arraycopy(block.channel(c), 0, samples[c], frames, block.frames());
                }
                frames += block.frames();
            }
            if (decoder.read(block)) {
                throw new AssertionError("read() returned true after the end");
            }
            for (int c = 0; c < channels; c++) {
                samples[c] = Arrays.copyOf(samples[c], frames);
            }
            return new Decoded(decoder.format(), samples, decoder.sha256());
        }
    }

    int frames() {
        return samples[0].length;
    }

    double[] channel(int c) {
        return samples[c];
    }
}

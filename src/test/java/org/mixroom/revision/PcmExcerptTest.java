package org.mixroom.revision;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.testaudio.ArraySignal;
import org.mixroom.engine.testaudio.WavWriter;

class PcmExcerptTest {
    @TempDir
    Path dir;

    @Test
    void writesTheFramesAskedForAsInterleavedFloats() throws Exception {
        double[] left = new double[20_000];
        double[] right = new double[20_000];
        for (int n = 0; n < left.length; n++) {
            left[n] = (n % 1000) / 1000.0 - 0.5; // a ramp, so every frame is told apart
            right[n] = -left[n];
        }
        Path file = WavWriter.write(dir.resolve("ramp.wav"), new ArraySignal(8000, new double[][] {left, right}),
                SampleFormat.FLOAT32);

        PcmExcerpt excerpt = new PcmExcerpt(file, 8000, 2, 12_345, 3_000);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        excerpt.writeTo(out);

        byte[] wav = out.toByteArray();
        assertThat((long) wav.length).isEqualTo(excerpt.contentLength()).isEqualTo(44 + 3_000 * 2 * 4);
        ByteBuffer samples = ByteBuffer.wrap(wav, 44, wav.length - 44).order(ByteOrder.LITTLE_ENDIAN);
        for (int n = 0; n < 3_000; n++) {
            assertThat(samples.getFloat()).isEqualTo((float) left[12_345 + n]);
            assertThat(samples.getFloat()).isEqualTo((float) right[12_345 + n]);
        }
    }

    @Test
    void fillsWithSilenceWhenTheFileEndsBeforeItsDeclaredLength() throws Exception {
        Path file = WavWriter.write(dir.resolve("short.wav"),
                new ArraySignal(8000, new double[][] {new double[100]}), SampleFormat.INT16);

        PcmExcerpt excerpt = new PcmExcerpt(file, 8000, 1, 50, 200);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        excerpt.writeTo(out);

        assertThat((long) out.size()).isEqualTo(excerpt.contentLength()).isEqualTo(44 + 200 * 4);
    }
}

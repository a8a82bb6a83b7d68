package org.mixroom.engine.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mixroom.engine.CorruptAudioException;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.UnsupportedAudioException;
import org.mixroom.engine.testaudio.AiffWriter;
import org.mixroom.engine.testaudio.Rf64Writer;
import org.mixroom.engine.testaudio.WavWriter;

class AudioDecodersTest {
    /** A locator that fails the test: formats Mixroom reads itself must never need ffmpeg. */
    private static final FfmpegLocator NO_FFMPEG = () -> {
        throw new AssertionError("ffmpeg was asked for");
    };

    @TempDir
    Path dir;

    @Test
    void rejectsAnEmptyFile() throws Exception {
        Path file = Files.write(dir.resolve("empty.wav"), new byte[0]);

        assertThatThrownBy(() -> AudioDecoders.open(file, NO_FFMPEG)).isInstanceOf(UnsupportedAudioException.class)
                .hasMessage("empty file (0 bytes)");
    }

    @Test
    void reportsAMissingFileAsAnIoError() {
        assertThatThrownBy(() -> AudioDecoders.open(dir.resolve("missing.wav"), NO_FFMPEG))
                .isInstanceOf(NoSuchFileException.class);
    }

    @Test
    void readsWavRf64Bw64AiffAndAifcWithoutFfmpeg() throws Exception {
        var signal = WavDecoderTest.testSignal(48_000, 2, 100);
        Path[] files = {
            WavWriter.write(dir.resolve("a.wav"), signal, SampleFormat.INT24),
            Rf64Writer.write(dir.resolve("b.wav"), signal, SampleFormat.INT24, "RF64", -1),
            Rf64Writer.write(dir.resolve("c.wav"), signal, SampleFormat.INT24, "BW64", 3),
            AiffWriter.writeAiff(dir.resolve("d.aif"), signal, 24),
            AiffWriter.writeAifc(dir.resolve("e.aif"), signal, "sowt", 24),
        };
        String[] containers = {"wav", "rf64", "bw64", "aiff", "aifc"};
        double[] reference = Decoded.of(files[0], 4096, NO_FFMPEG).channel(1);

        for (int i = 0; i < files.length; i++) {
            Decoded decoded = Decoded.of(files[i], 4096, NO_FFMPEG);
            assertThat(decoded.format().container()).isEqualTo(containers[i]);
            assertThat(decoded.channel(1)).containsExactly(reference);
        }
    }

    @Test
    void sniffsBySignatureNotByFileName() throws Exception {
        Path aiff = AiffWriter.writeAiff(dir.resolve("really-aiff.wav"), WavDecoderTest.testSignal(8_000, 1, 10), 16);

        assertThat(Decoded.of(aiff, 4096, NO_FFMPEG).format().container()).isEqualTo("aiff");
    }

    @Test
    void rejectsATruncatedRiffHeader() throws Exception {
        Path file = Files.write(dir.resolve("x.wav"), "RIFF\0\0".getBytes());

        assertThatThrownBy(() -> AudioDecoders.open(file, NO_FFMPEG)).isInstanceOf(CorruptAudioException.class)
                .hasMessage("truncated: the file is 6 bytes, shorter than a WAV header");
    }

    @Test
    void rejectsRandomBytesAsNotAnAudioFile() throws Exception {
        byte[] noise = new byte[10_000];
        new Random(7).nextBytes(noise);
        noise[0] = 'X';
        Path file = Files.write(dir.resolve("x.wav"), noise);

        assertThatThrownBy(() -> AudioDecoders.open(file)).isInstanceOf(UnsupportedAudioException.class)
                .hasMessageStartingWith("not an audio file (");
    }
}

package org.mixroom.engine.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.mixroom.engine.CorruptAudioException;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.Speaker;
import org.mixroom.engine.testaudio.WavWriter;
import org.mixroom.engine.testaudio.WhiteNoise;

class FlacDecoderTest {
    /** Byte offsets in a FLAC file that starts with "fLaC" and STREAMINFO. */
    private static final int TOTAL_SAMPLES_END = 8 + 18;
    private static final int MD5_START = 8 + 18;

    @TempDir
    Path dir;

    private Path wav(SampleFormat format, int channels, long mask) throws Exception {
        // Loud noise (RMS 0.5) exercises every bit, LPC residuals and near-full-scale codes.
        WhiteNoise noise = new WhiteNoise(48_000, channels, 48_000 + 333, 0.5, 42);
        return WavWriter.write(dir.resolve("original.wav"), noise, format, mask);
    }

    @ParameterizedTest
    @EnumSource(value = SampleFormat.class, names = {"INT16", "INT24", "INT32"})
    void decodesFlacBitExactlyAgainstTheWavOriginal(SampleFormat format) throws Exception {
        Path original = wav(format, 2, -1);
        Path flac = Encode.ffmpeg(original, dir.resolve("x.flac"), "-c:a", "flac", "-compression_level", "12",
                "-strict", "experimental");

        Decoded expected = Decoded.of(original);
        Decoded decoded = Decoded.of(flac);

        assertThat(decoded.format().container()).isEqualTo("flac");
        assertThat(decoded.format().sampleFormat()).isEqualTo(format);
        assertThat(decoded.format().bitDepth()).isEqualTo(format.bits());
        assertThat(decoded.format().sampleRate()).isEqualTo(48_000);
        assertThat(decoded.format().layout()).containsExactly(Speaker.FRONT_LEFT, Speaker.FRONT_RIGHT);
        assertThat(decoded.frames()).isEqualTo(expected.frames());
        for (int c = 0; c < 2; c++) {
            assertThat(decoded.channel(c)).containsExactly(expected.channel(c));
        }
        assertThat(decoded.sha256()).isEqualTo(WavDecoderTest.sha256(flac));
    }

    @Test
    void blockSizesOf1And17And4096FramesGiveIdenticalSamples() throws Exception {
        Path flac = Encode.ffmpeg(wav(SampleFormat.INT24, 3, -1), dir.resolve("x.flac"), "-c:a", "flac");

        Decoded one = Decoded.of(flac, 1);
        Decoded seventeen = Decoded.of(flac, 17);
        Decoded large = Decoded.of(flac, 4096);

        for (int c = 0; c < 3; c++) {
            assertThat(one.channel(c)).containsExactly(large.channel(c));
            assertThat(seventeen.channel(c)).containsExactly(large.channel(c));
        }
    }

    @Test
    void takesTheLayoutFromTheChannelMaskComment() throws Exception {
        // ffmpeg's FLAC encoder writes WAVEFORMATEXTENSIBLE_CHANNEL_MASK=0x107 for this non-default layout.
        Path flac = Encode.ffmpeg(wav(SampleFormat.INT16, 4, 0x107), dir.resolve("x.flac"), "-c:a", "flac");

        assertThat(Decoded.of(flac).format().layout()).containsExactly(Speaker.FRONT_LEFT, Speaker.FRONT_RIGHT,
                Speaker.FRONT_CENTER, Speaker.BACK_CENTER);
    }

    @Test
    void usesRfc9639OrderWithoutAMask() throws Exception {
        Path flac = Encode.ffmpeg(wav(SampleFormat.INT16, 8, -1), dir.resolve("x.flac"), "-c:a", "flac");

        assertThat(Decoded.of(flac).format().layout()).containsExactly(Speaker.FRONT_LEFT, Speaker.FRONT_RIGHT,
                Speaker.FRONT_CENTER, Speaker.LOW_FREQUENCY, Speaker.BACK_LEFT, Speaker.BACK_RIGHT, Speaker.SIDE_LEFT,
                Speaker.SIDE_RIGHT);
    }

    @Test
    void findsFlacAfterAnId3v2Tag() throws Exception {
        Path flac = Encode.ffmpeg(wav(SampleFormat.INT16, 2, -1), dir.resolve("x.flac"), "-c:a", "flac");
        byte[] tag = Bytes.le().ascii("ID3").u8(4).u8(0).u8(0).u8(0).u8(0).u8(1).u8(0x10).zeros(0x90).toArray();
        Path tagged = dir.resolve("tagged.flac");
        Files.write(tagged, Bytes.le().bytes(tag).bytes(Files.readAllBytes(flac)).toArray());

        Decoded decoded = Decoded.of(tagged);

        assertThat(decoded.format().container()).isEqualTo("flac");
        assertThat(decoded.channel(1)).containsExactly(Decoded.of(flac).channel(1));
    }

    @Test
    void rejectsMd5Mismatch() throws Exception {
        byte[] bytes = Files.readAllBytes(Encode.ffmpeg(wav(SampleFormat.INT16, 2, -1), dir.resolve("x.flac"),
                "-c:a", "flac"));
        bytes[MD5_START + 5] ^= 0x01;
        Path file = Files.write(dir.resolve("bad.flac"), bytes);

        assertThatThrownBy(() -> Decoded.of(file)).isInstanceOf(CorruptAudioException.class)
                .hasMessageStartingWith("FLAC MD5 mismatch: STREAMINFO says ")
                .hasMessageContaining(", the decoded samples hash to ");
    }

    @Test
    void skipsTheMd5CheckWhenTheMd5IsZero() throws Exception {
        Path original = wav(SampleFormat.INT16, 2, -1);
        byte[] bytes = Files.readAllBytes(Encode.ffmpeg(original, dir.resolve("x.flac"), "-c:a", "flac"));
        Arrays.fill(bytes, MD5_START, MD5_START + 16, (byte) 0);
        Path file = Files.write(dir.resolve("nomd5.flac"), bytes);

        assertThat(Decoded.of(file).channel(0)).containsExactly(Decoded.of(original).channel(0));
    }

    @Test
    void rejectsFrameCountDifferentFromStreamInfo() throws Exception {
        byte[] bytes = Files.readAllBytes(Encode.ffmpeg(wav(SampleFormat.INT16, 2, -1), dir.resolve("x.flac"),
                "-c:a", "flac"));
        bytes[TOTAL_SAMPLES_END - 1] += 1; // 48333 declared frames become 48334
        Path file = Files.write(dir.resolve("bad.flac"), bytes);

        assertThatThrownBy(() -> Decoded.of(file)).isInstanceOf(CorruptAudioException.class)
                .hasMessage("FLAC STREAMINFO declares 48334 frames but the stream decodes to 48333");
    }

    @Test
    void rejectsADamagedFrame() throws Exception {
        byte[] bytes = Files.readAllBytes(Encode.ffmpeg(wav(SampleFormat.INT24, 2, -1), dir.resolve("x.flac"),
                "-c:a", "flac"));
        for (int i = bytes.length / 2; i < bytes.length / 2 + 64; i++) {
            bytes[i] = (byte) (bytes[i] * 7 + 13);
        }
        Path file = Files.write(dir.resolve("bad.flac"), bytes);

        assertThatThrownBy(() -> Decoded.of(file)).isInstanceOf(CorruptAudioException.class)
                .hasMessageStartingWith("FLAC stream damaged or truncated after frame ")
                .hasMessageContaining("(ffmpeg: ");
    }

    @Test
    void rejectsATruncatedStream() throws Exception {
        byte[] bytes = Files.readAllBytes(Encode.ffmpeg(wav(SampleFormat.INT24, 2, -1), dir.resolve("x.flac"),
                "-c:a", "flac"));
        Path file = Files.write(dir.resolve("cut.flac"), Arrays.copyOf(bytes, bytes.length * 2 / 3));

        assertThatThrownBy(() -> Decoded.of(file)).isInstanceOf(CorruptAudioException.class)
                .hasMessageStartingWith("FLAC stream damaged or truncated after frame ");
    }

    @Test
    void rejectsLostSyncWhenGarbageSitsBetweenFrames() throws Exception {
        byte[] bytes = Files.readAllBytes(Encode.ffmpeg(wav(SampleFormat.INT16, 2, -1), dir.resolve("x.flac"),
                "-c:a", "flac"));
        int middle = bytes.length / 2;
        byte[] garbage = new byte[500];
        Arrays.fill(garbage, (byte) 0x5A);
        byte[] damaged = Bytes.le().bytes(Arrays.copyOf(bytes, middle)).bytes(garbage)
                .bytes(Arrays.copyOfRange(bytes, middle, bytes.length)).toArray();
        Path file = Files.write(dir.resolve("bad.flac"), damaged);

        assertThatThrownBy(() -> Decoded.of(file)).isInstanceOf(CorruptAudioException.class)
                .hasMessageStartingWith("FLAC stream damaged or truncated after frame ");
    }

    @Test
    void rejectsStreamInfoWithZeroSampleRate() throws Exception {
        byte[] bytes = Files.readAllBytes(Encode.ffmpeg(wav(SampleFormat.INT16, 2, -1), dir.resolve("x.flac"),
                "-c:a", "flac"));
        bytes[18] = 0;
        bytes[19] = 0;
        bytes[20] &= 0x0F;
        Path file = Files.write(dir.resolve("bad.flac"), bytes);

        assertThatThrownBy(() -> Decoded.of(file)).isInstanceOf(CorruptAudioException.class)
                .hasMessage("FLAC STREAMINFO declares a sample rate of 0 Hz");
    }

    @Test
    void rejectsAMetadataBlockPastEndOfFile() throws Exception {
        byte[] streamInfo = Bytes.be().u16(4096).u16(4096).zeros(6).u64(0x0BB8_02F0_0000_0001L).zeros(16).toArray();
        Path file = Files.write(dir.resolve("cut.flac"), Bytes.be().ascii("fLaC").u8(0x00).u8(0).u8(0).u8(34)
                .bytes(streamInfo).u8(0x84).u8(0).u8(0x10).u8(0).zeros(100).toArray());

        assertThatThrownBy(() -> Decoded.of(file)).isInstanceOf(CorruptAudioException.class)
                .hasMessage("truncated: FLAC metadata block declares 4096 bytes, 100 present");
    }

    @Test
    void rejectsAStreamWithoutStreamInfoFirst() throws Exception {
        Path file = Files.write(dir.resolve("odd.flac"), Bytes.be().ascii("fLaC").u8(0x04).u8(0).u8(0).u8(40)
                .zeros(40).toArray());

        assertThatThrownBy(() -> Decoded.of(file)).isInstanceOf(CorruptAudioException.class)
                .hasMessage("FLAC stream does not start with a STREAMINFO block (block type 4, 40 bytes)");
    }

    @Test
    void rejectsAFileCutInsideStreamInfo() throws Exception {
        Path file = Files.write(dir.resolve("cut.flac"), Bytes.le().ascii("fLaC").u8(0x80).u8(0).u8(0).u8(34)
                .zeros(10).toArray());

        assertThatThrownBy(() -> Decoded.of(file)).isInstanceOf(CorruptAudioException.class)
                .hasMessage("truncated: the file is 18 bytes, too short for FLAC's STREAMINFO");
    }
}

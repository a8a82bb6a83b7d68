package org.mixroom.engine.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mixroom.engine.CorruptAudioException;
import org.mixroom.engine.InvalidAudioException;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.Speaker;
import org.mixroom.engine.UnsupportedAudioException;
import org.mixroom.engine.testaudio.AiffWriter;
import org.mixroom.engine.testaudio.ArraySignal;
import org.mixroom.engine.testaudio.PcmBytes;

class AiffDecoderTest {
    @TempDir
    Path dir;

    private final ArraySignal signal = WavDecoderTest.testSignal(44_100, 2, 1001);

    @ParameterizedTest
    @CsvSource({"8, INT8", "12, INT16", "16, INT16", "20, INT24", "24, INT24", "32, INT32"})
    void readsAiffIntegerPcmOfEverySize(int bits, SampleFormat storage) throws Exception {
        Path file = AiffWriter.writeAiff(dir.resolve("x.aiff"), signal, bits);

        Decoded decoded = Decoded.of(file);

        assertThat(decoded.format().container()).isEqualTo("aiff");
        assertThat(decoded.format().sampleFormat()).isEqualTo(storage);
        assertThat(decoded.format().bitDepth()).isEqualTo(bits);
        assertThat(decoded.format().sampleRate()).isEqualTo(44_100);
        assertThat(decoded.format().layout()).containsExactly(Speaker.FRONT_LEFT, Speaker.FRONT_RIGHT);
        assertExact(decoded, (bits + 7) / 8, bits);
    }

    @ParameterizedTest
    @CsvSource({"NONE, 16, INT16", "twos, 24, INT24", "sowt, 16, INT16", "sowt, 24, INT24", "sowt, 32, INT32",
        "sowt, 8, INT8", "in24, 24, INT24", "in32, 32, INT32", "42ni, 32, INT32"})
    void readsAifcIntegerCompressionTypes(String compression, int bits, SampleFormat storage) throws Exception {
        Path file = AiffWriter.writeAifc(dir.resolve("x.aifc"), signal, compression, bits);

        Decoded decoded = Decoded.of(file);

        assertThat(decoded.format().container()).isEqualTo("aifc");
        assertThat(decoded.format().sampleFormat()).isEqualTo(storage);
        assertExact(decoded, storage.bits() / 8, bits);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fl32", "FL32", "fl64", "FL64"})
    void readsAifcFloatAsStored(String compression) throws Exception {
        double[][] x = {{0.5, -1.75, 3.0e-9, 12.5}};
        Path file = AiffWriter.writeAifc(dir.resolve("x.aifc"), new ArraySignal(48_000, x), compression, 0);

        Decoded decoded = Decoded.of(file);

        boolean single = compression.endsWith("32");
        assertThat(decoded.format().sampleFormat()).isEqualTo(single ? SampleFormat.FLOAT32 : SampleFormat.FLOAT64);
        assertThat(decoded.format().bitDepth()).isEqualTo(single ? 32 : 64);
        assertThat(decoded.channel(0)).containsExactly(0.5, -1.75, single ? (double) 3.0e-9f : 3.0e-9, 12.5);
    }

    @Test
    void readsAiff8BitAsSigned() throws Exception {
        byte[] file = Bytes.form("AIFF", Bytes.be().chunk("COMM", Bytes.comm(1, 4, 8, 8000))
                .chunk("SSND", Bytes.ssnd(0, 0, new byte[] {-128, 127, 0, -1})).toArray());

        Decoded decoded = Decoded.of(write(file));

        assertThat(decoded.format().sampleFormat()).isEqualTo(SampleFormat.INT8);
        assertThat(decoded.channel(0)).containsExactly(-1.0, 127 / 128.0, 0.0, -1 / 128.0);
        assertThat(decoded.format().layout()).containsExactly(Speaker.FRONT_CENTER);
    }

    @Test
    void reads24BitBigEndianFullScaleCode() throws Exception {
        byte[] samples = {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0x80, 0, 0};
        byte[] file = Bytes.form("AIFF", Bytes.be().chunk("COMM", Bytes.comm(1, 2, 24, 48_000))
                .chunk("SSND", Bytes.ssnd(0, 0, samples)).toArray());

        assertThat(Decoded.of(write(file)).channel(0)).containsExactly(8_388_607 / 8_388_608.0, -1.0);
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 8000, 22_050, 44_100, 48_000, 88_200, 96_000, 176_400, 192_000, 384_000, 768_000})
    void readsTheExtendedSampleRate(long rate) throws Exception {
        byte[] file = Bytes.form("AIFF", Bytes.be().chunk("COMM", Bytes.comm(1, 1, 16, rate))
                .chunk("SSND", Bytes.ssnd(0, 0, new byte[2])).toArray());

        assertThat(Decoded.of(write(file)).format().sampleRate()).isEqualTo((int) rate);
    }

    @Test
    void decodesThe80BitExtendedFormat() {
        assertThat(AiffDecoder.extended(0x400E, 0xAC44_0000_0000_0000L)).isEqualTo(44_100.0);
        assertThat(AiffDecoder.extended(0x400E, 0xBB80_0000_0000_0000L)).isEqualTo(48_000.0);
        assertThat(AiffDecoder.extended(0x3FFF, 0x8000_0000_0000_0000L)).isEqualTo(1.0);
        assertThat(AiffDecoder.extended(0xC00E, 0xAC44_0000_0000_0000L)).isEqualTo(-44_100.0);
        assertThat(AiffDecoder.extended(0, 0)).isEqualTo(0.0);
        assertThat(AiffDecoder.extended(0x7FFF, 0)).isNaN();
    }

    @Test
    void honoursSsndOffsetAndBlockSize() throws Exception {
        Path file = AiffWriter.write(dir.resolve("x.aiff"), signal, null, 24, 4092, 4096);

        Decoded decoded = Decoded.of(file);

        assertExact(decoded, 3, 24);
    }

    @Test
    void allowsPaddingShorterThanOneBlockAfterTheSamples() throws Exception {
        byte[] samples = {0x40, 0, 0, 0, 0, 0};
        byte[] file = Bytes.form("AIFF", Bytes.be().chunk("COMM", Bytes.comm(1, 1, 16, 48_000))
                .chunk("SSND", Bytes.ssnd(0, 8, samples)).toArray());

        assertThat(Decoded.of(write(file)).channel(0)).containsExactly(0.5);
    }

    @Test
    void skipsOtherChunksAndAcceptsCommAfterSsnd() throws Exception {
        byte[] file = Bytes.form("AIFF", Bytes.be()
                .chunk("NAME", "odd".getBytes())
                .chunk("SSND", Bytes.ssnd(0, 0, new byte[] {0x20, 0, (byte) 0xE0, 0}))
                .chunk("ANNO", new byte[9])
                .chunk("COMM", Bytes.comm(1, 2, 16, 48_000)).toArray());

        Decoded decoded = Decoded.of(write(file));

        assertThat(decoded.channel(0)).containsExactly(0.25, -0.25);
        assertThat(decoded.sha256()).isEqualTo(WavDecoderTest.sha256(dir.resolve("t.aiff")));
    }

    @Test
    void blockSizesOf1And17And4096FramesGiveIdenticalSamples() throws Exception {
        Path file = AiffWriter.writeAifc(dir.resolve("x.aifc"), WavDecoderTest.testSignal(48_000, 3, 5003), "sowt", 24);

        Decoded one = Decoded.of(file, 1);
        Decoded seventeen = Decoded.of(file, 17);
        Decoded large = Decoded.of(file, 4096);

        for (int c = 0; c < 3; c++) {
            assertThat(one.channel(c)).containsExactly(large.channel(c));
            assertThat(seventeen.channel(c)).containsExactly(large.channel(c));
        }
    }

    // --- strict ---

    @Test
    void rejectsFrameCountThatDisagreesWithSsnd() throws Exception {
        byte[] file = Bytes.form("AIFF", Bytes.be().chunk("COMM", Bytes.comm(2, 1000, 16, 48_000))
                .chunk("SSND", Bytes.ssnd(0, 0, new byte[4 * 999])).toArray());

        assertRejected(file, CorruptAudioException.class, "COMM declares 1000 frames but SSND holds 999");
    }

    @Test
    void rejectsSsndBytesBeyondTheFramesWithoutABlockSize() throws Exception {
        byte[] file = Bytes.form("AIFF", Bytes.be().chunk("COMM", Bytes.comm(1, 2, 16, 48_000))
                .chunk("SSND", Bytes.ssnd(0, 0, new byte[6])).toArray());

        assertRejected(file, CorruptAudioException.class, "COMM declares 2 frames but SSND holds 3");
    }

    @Test
    void rejectsSsndThatIsNotAWholeNumberOfFrames() throws Exception {
        byte[] file = Bytes.form("AIFF", Bytes.be().chunk("COMM", Bytes.comm(2, 2, 24, 48_000))
                .chunk("SSND", Bytes.ssnd(0, 0, new byte[13])).toArray());

        assertRejected(file, CorruptAudioException.class, "SSND holds 13 bytes of samples, not a whole number of 6-byte "
                + "frames");
    }

    @Test
    void rejectsTruncatedSsndNamingBothSizes() throws Exception {
        byte[] file = Bytes.be().ascii("FORM").u32(4 + 26 + 8 + 8 + 400_000).ascii("AIFF")
                .chunk("COMM", Bytes.comm(2, 100_000, 16, 48_000))
                .chunk("SSND", 8 + 400_000, Bytes.ssnd(0, 0, new byte[300_000])).toArray();

        assertRejected(file, CorruptAudioException.class, "truncated: SSND chunk declares 400008 bytes, 300008 present");
    }

    @Test
    void rejectsFormChunkDeclaringMoreThanTheFile() throws Exception {
        byte[] chunks = Bytes.be().chunk("COMM", Bytes.comm(1, 1, 16, 48_000)).chunk("SSND", Bytes.ssnd(0, 0,
                new byte[2])).toArray();
        byte[] file = Bytes.be().ascii("FORM").u32(4 + chunks.length + 10).ascii("AIFF").bytes(chunks).toArray();

        assertRejected(file, CorruptAudioException.class, "truncated: FORM chunk declares " + (4 + chunks.length + 10)
                + " bytes, " + (4 + chunks.length) + " present");
    }

    @Test
    void rejectsMissingComm() throws Exception {
        assertRejected(Bytes.form("AIFF", Bytes.be().chunk("SSND", Bytes.ssnd(0, 0, new byte[2])).toArray()),
                CorruptAudioException.class, "no COMM chunk: the file does not say how its samples are stored");
    }

    @Test
    void rejectsMissingSsnd() throws Exception {
        assertRejected(Bytes.form("AIFF", Bytes.be().chunk("COMM", Bytes.comm(1, 1, 16, 48_000)).toArray()),
                CorruptAudioException.class, "no SSND chunk: the file holds no samples");
    }

    @Test
    void rejectsShortComm() throws Exception {
        byte[] file = Bytes.form("AIFC", Bytes.be().chunk("COMM", Bytes.comm(1, 1, 16, 48_000))
                .chunk("SSND", Bytes.ssnd(0, 0, new byte[2])).toArray());

        assertRejected(file, CorruptAudioException.class, "COMM chunk is 18 bytes, needs at least 22");
    }

    @Test
    void rejectsUnsupportedCompressionNamingIt() throws Exception {
        byte[] file = Bytes.form("AIFC", Bytes.be().chunk("COMM", Bytes.commAifc(1, 2, 16, 48_000, "ima4"))
                .chunk("SSND", Bytes.ssnd(0, 0, new byte[4])).toArray());

        assertRejected(file, UnsupportedAudioException.class, "unsupported AIFC compression 'ima4'; Mixroom reads "
                + "NONE, twos, sowt, in24, in32, 42ni, fl32 and fl64");
    }

    @Test
    void rejectsZeroAndTooManyChannels() throws Exception {
        assertRejected(Bytes.form("AIFF", Bytes.be().chunk("COMM", Bytes.comm(0, 1, 16, 48_000))
                .chunk("SSND", Bytes.ssnd(0, 0, new byte[2])).toArray()), CorruptAudioException.class,
                "COMM chunk declares 0 channels");
        assertRejected(Bytes.form("AIFF", Bytes.be().chunk("COMM", Bytes.comm(65, 1, 16, 48_000))
                .chunk("SSND", Bytes.ssnd(0, 0, new byte[130])).toArray()), UnsupportedAudioException.class,
                "65 channels; Mixroom reads at most 64");
    }

    @Test
    void rejectsSampleRatesOutsideTheLimits() throws Exception {
        assertRejected(aiffWithRate(Bytes.be().u16(0).u64(0).toArray()), CorruptAudioException.class,
                "COMM chunk declares a sample rate of 0 Hz");
        assertRejected(aiffWithRate(extended(768_001)), UnsupportedAudioException.class,
                "sample rate 768001 Hz is outside 1-768000 Hz");
        assertRejected(aiffWithRate(Bytes.be().u16(0x7FFF).u64(0).toArray()), CorruptAudioException.class,
                "COMM chunk declares a sample rate of NaN Hz");
    }

    @Test
    void rejectsFractionalSampleRate() throws Exception {
        // 22254.5454… Hz (the classic Macintosh rate): exponent 2^14, mantissa 0xADDD1745D145D000.
        byte[] rate = Bytes.be().u16(0x400D).u64(0xADDD_1745_D145_D000L).toArray();

        assertThatThrownBy(() -> Decoded.of(write(aiffWithRate(rate)))).isInstanceOf(UnsupportedAudioException.class)
                .hasMessageStartingWith("sample rate 22254.545454").hasMessageEndingWith(" Hz is not a whole number of hertz");
    }

    @Test
    void rejectsUnsupportedSampleSize() throws Exception {
        byte[] file = Bytes.form("AIFF", Bytes.be().chunk("COMM", Bytes.comm(1, 1, 33, 48_000))
                .chunk("SSND", Bytes.ssnd(0, 0, new byte[5])).toArray());

        assertRejected(file, UnsupportedAudioException.class, "unsupported sample size: 33-bit PCM (AIFF allows 1 to 32)");
    }

    @Test
    void rejectsZeroFrames() throws Exception {
        byte[] file = Bytes.form("AIFF", Bytes.be().chunk("COMM", Bytes.comm(1, 0, 16, 48_000))
                .chunk("SSND", Bytes.ssnd(0, 0, new byte[0])).toArray());

        assertRejected(file, CorruptAudioException.class, "no audio: COMM declares 0 frames");
    }

    @Test
    void rejectsSsndOffsetBeyondItsData() throws Exception {
        byte[] file = Bytes.form("AIFF", Bytes.be().chunk("COMM", Bytes.comm(1, 1, 16, 48_000))
                .chunk("SSND", Bytes.ssnd(100, 0, new byte[4])).toArray());

        assertRejected(file, CorruptAudioException.class, "SSND offset 100 lies beyond its 4 bytes of sound data");
    }

    @Test
    void rejectsShortFile() throws Exception {
        assertRejected(Bytes.be().ascii("FORM").u32(100).toArray(), CorruptAudioException.class,
                "truncated: the file is 8 bytes, shorter than an AIFF header");
    }

    // --- helpers ---

    private void assertExact(Decoded decoded, int bytes, int bits) {
        assertThat(decoded.frames()).isEqualTo(signal.frames());
        for (int c = 0; c < signal.channels(); c++) {
            for (int i = 0; i < signal.frames(); i++) {
                assertThat(decoded.channel(c)[i]).as("channel %d frame %d", c, i)
                        .isEqualTo(PcmBytes.quantized(signal.samples()[c][i], bytes, bits));
            }
        }
    }

    private static byte[] extended(long value) {
        return Bytes.be().extended(value).toArray();
    }

    private static byte[] aiffWithRate(byte[] rate) {
        byte[] comm = Bytes.be().u16(1).u32(1).u16(16).bytes(rate).toArray();
        return Bytes.form("AIFF", Bytes.be().chunk("COMM", comm).chunk("SSND", Bytes.ssnd(0, 0, new byte[2])).toArray());
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("t.aiff"), bytes);
    }

    private void assertRejected(byte[] bytes, Class<? extends InvalidAudioException> type, String message)
            throws IOException {
        Path file = Files.write(dir.resolve("bad.aiff"), bytes);
        assertThatThrownBy(() -> Decoded.of(file)).isInstanceOf(type).hasMessage(message);
    }
}

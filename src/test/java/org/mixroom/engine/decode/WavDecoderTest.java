package org.mixroom.engine.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.mixroom.engine.CorruptAudioException;
import org.mixroom.engine.InvalidAudioException;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.Speaker;
import org.mixroom.engine.UnsupportedAudioException;
import org.mixroom.engine.testaudio.ArraySignal;
import org.mixroom.engine.testaudio.PcmBytes;
import org.mixroom.engine.testaudio.Rf64Writer;
import org.mixroom.engine.testaudio.WavWriter;

class WavDecoderTest {
    @TempDir
    Path dir;

    /** A stereo test signal touching both extremes, zero, tiny values and a sine, 1000 frames. */
    static ArraySignal testSignal(int sampleRate, int channels, int frames) {
        double[][] x = new double[channels][frames];
        for (int c = 0; c < channels; c++) {
            for (int i = 0; i < frames; i++) {
                x[c][i] = 0.9 * Math.sin(2 * Math.PI * 997.0 * (c + 1) * i / sampleRate + c);
            }
            x[c][0] = 1.0;
            x[c][1] = -1.0;
            x[c][2] = 0.0;
            x[c][3] = 1e-7;
        }
        return new ArraySignal(sampleRate, x);
    }

    static double expected(double x, SampleFormat format) {
        return switch (format) {
            case FLOAT32 -> (float) x;
            case FLOAT64 -> x;
            default -> PcmBytes.quantized(x, format.bits() / 8, format.bits());
        };
    }

    @ParameterizedTest
    @EnumSource(value = SampleFormat.class, names = {"UINT8", "INT16", "INT24", "INT32", "FLOAT32", "FLOAT64"})
    void readsEveryWavSampleFormatExactly(SampleFormat format) throws Exception {
        ArraySignal signal = testSignal(44_100, 2, 1001);
        Path file = WavWriter.write(dir.resolve("x.wav"), signal, format);

        Decoded decoded = Decoded.of(file);

        assertThat(decoded.format().container()).isEqualTo("wav");
        assertThat(decoded.format().sampleFormat()).isEqualTo(format);
        assertThat(decoded.format().bitDepth()).isEqualTo(format.bits());
        assertThat(decoded.format().sampleRate()).isEqualTo(44_100);
        assertThat(decoded.format().layout()).containsExactly(Speaker.FRONT_LEFT, Speaker.FRONT_RIGHT);
        assertThat(decoded.frames()).isEqualTo(1001);
        for (int c = 0; c < 2; c++) {
            for (int i = 0; i < 1001; i++) {
                assertThat(decoded.channel(c)[i]).as("channel %d frame %d", c, i)
                        .isEqualTo(expected(signal.samples()[c][i], format));
            }
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"RF64", "BW64"})
    void readsRf64AndBw64SizesFromDs64(String form) throws Exception {
        ArraySignal signal = testSignal(48_000, 2, 777);
        Path file = Rf64Writer.write(dir.resolve("x.wav"), signal, SampleFormat.INT24, form, -1);

        Decoded decoded = Decoded.of(file);

        assertThat(decoded.format().container()).isEqualTo(form.toLowerCase());
        assertThat(decoded.format().sampleFormat()).isEqualTo(SampleFormat.INT24);
        assertThat(decoded.frames()).isEqualTo(777);
        assertThat(decoded.channel(1)[100]).isEqualTo(expected(signal.samples()[1][100], SampleFormat.INT24));
    }

    @Test
    void readsRf64FloatWithChannelMask() throws Exception {
        ArraySignal signal = testSignal(96_000, 6, 300);
        Path file = Rf64Writer.write(dir.resolve("x.wav"), signal, SampleFormat.FLOAT64, "RF64", 0x60F);

        Decoded decoded = Decoded.of(file);

        assertThat(decoded.format().sampleFormat()).isEqualTo(SampleFormat.FLOAT64);
        assertThat(decoded.format().layout()).containsExactly(Speaker.FRONT_LEFT, Speaker.FRONT_RIGHT,
                Speaker.FRONT_CENTER, Speaker.LOW_FREQUENCY, Speaker.SIDE_LEFT, Speaker.SIDE_RIGHT);
        assertThat(decoded.channel(5)).containsExactly(signal.samples()[5]);
    }

    @Test
    void takesOtherChunkSizesFromTheDs64Table() throws Exception {
        byte[] samples = le16(100, -100, 200, -200);
        byte[] rest = Bytes.le()
                .chunk("fmt ", Bytes.fmtPcm(2, 48_000, 16))
                .chunk("bext", 0xFFFF_FFFFL, new byte[20])
                .chunk("data", 0xFFFF_FFFFL, samples).toArray();
        byte[] ds64 = Bytes.le().u64(4 + 48 + rest.length).u64(samples.length).u64(2).u32(1).ascii("bext").u64(20)
                .toArray();
        byte[] file = Bytes.le().ascii("RF64").u32(0xFFFF_FFFFL).ascii("WAVE").chunk("ds64", ds64).bytes(rest)
                .toArray();

        Decoded decoded = Decoded.of(write(file));

        assertThat(decoded.channel(0)).containsExactly(100 / 32768.0, 200 / 32768.0);
        assertThat(decoded.channel(1)).containsExactly(-100 / 32768.0, -200 / 32768.0);
    }

    @Test
    void reads24BitFullScaleCodeAsItsExactFraction() throws Exception {
        byte[] samples = {(byte) 0xFF, (byte) 0xFF, 0x7F, 0x00, 0x00, (byte) 0x80, 0x01, 0x00, 0x00,
            (byte) 0xFF, (byte) 0xFF, (byte) 0xFF};
        Path file = write(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmtPcm(1, 48_000, 24)).chunk("data", samples)
                .toArray()));

        Decoded decoded = Decoded.of(file);

        assertThat(decoded.channel(0)).containsExactly(8_388_607 / 8_388_608.0, -1.0, 1 / 8_388_608.0,
                -1 / 8_388_608.0);
        assertThat(decoded.format().layout()).containsExactly(Speaker.FRONT_CENTER);
    }

    @Test
    void reads16And32BitExtremeCodes() throws Exception {
        Path file16 = write(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmtPcm(1, 8_000, 16))
                .chunk("data", le16(32767, -32768, 1, -1)).toArray()));
        byte[] data32 = Bytes.le().u32(Integer.MAX_VALUE).u32(Integer.MIN_VALUE).u32(1).toArray();
        Path file32 = Files.write(dir.resolve("b.wav"), Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmtPcm(1, 8_000, 32))
                .chunk("data", data32).toArray()));

        assertThat(Decoded.of(file16).channel(0)).containsExactly(32767 / 32768.0, -1.0, 1 / 32768.0, -1 / 32768.0);
        assertThat(Decoded.of(file32).channel(0)).containsExactly(2147483647 / 2147483648.0, -1.0, 1 / 2147483648.0);
    }

    @Test
    void reads8BitAsUnsignedOffsetBinary() throws Exception {
        byte[] samples = {0, (byte) 128, (byte) 255, 64, (byte) 129};
        Path file = write(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmtPcm(1, 8_000, 8)).chunk("data", samples)
                .toArray()));

        Decoded decoded = Decoded.of(file);

        assertThat(decoded.format().sampleFormat()).isEqualTo(SampleFormat.UINT8);
        assertThat(decoded.channel(0)).containsExactly(-1.0, 0.0, 127 / 128.0, -0.5, 1 / 128.0);
    }

    @Test
    void keepsFloatSamplesAboveFullScale() throws Exception {
        byte[] f32 = Bytes.le().u32(Float.floatToIntBits(1.5f)).u32(Float.floatToIntBits(-2.25f))
                .u32(Float.floatToIntBits(1e-30f)).toArray();
        byte[] f64 = Bytes.le().u64(Double.doubleToLongBits(1000.125)).u64(Double.doubleToLongBits(-1.0000001))
                .toArray();
        Path file32 = write(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(3, 1, 48_000, 4, 32)).chunk("data", f32)
                .toArray()));
        Path file64 = Files.write(dir.resolve("b.wav"), Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(3, 1, 48_000, 8, 64))
                .chunk("data", f64).toArray()));

        Decoded decoded32 = Decoded.of(file32);
        Decoded decoded64 = Decoded.of(file64);

        assertThat(decoded32.channel(0)).containsExactly(1.5, -2.25, (double) 1e-30f);
        assertThat(decoded32.format().sampleFormat()).isEqualTo(SampleFormat.FLOAT32);
        assertThat(decoded32.format().bitDepth()).isEqualTo(32);
        assertThat(decoded64.channel(0)).containsExactly(1000.125, -1.0000001);
        assertThat(decoded64.format().bitDepth()).isEqualTo(64);
    }

    @Test
    void rejectsNaNFloatSampleNamingFrameAndChannel() throws Exception {
        ByteBuffer data = ByteBuffer.allocate(8 * 10).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < 20; i++) {
            data.putFloat(i == 15 ? Float.NaN : 0.25f);
        }
        Path file = write(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(3, 2, 48_000, 8, 32))
                .chunk("data", data.array()).toArray()));

        assertThatThrownBy(() -> Decoded.of(file)).isInstanceOf(CorruptAudioException.class)
                .hasMessage("non-finite float sample (NaN) at frame 7, channel 2");
    }

    @Test
    void rejectsInfiniteDoubleSampleNamingTheFrame() throws Exception {
        byte[] data = Bytes.le().u64(Double.doubleToLongBits(0.5)).u64(Double.doubleToLongBits(0.5))
                .u64(Double.doubleToLongBits(Double.NEGATIVE_INFINITY)).toArray();
        Path file = write(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmt(3, 1, 48_000, 8, 64))
                .chunk("data", data).toArray()));

        assertThatThrownBy(() -> Decoded.of(file, 1)).isInstanceOf(CorruptAudioException.class)
                .hasMessage("non-finite float sample (-Infinity) at frame 2, channel 1");
    }

    @Test
    void mapsExtensibleChannelMaskToLayout() throws Exception {
        Path file = WavWriter.write(dir.resolve("x.wav"), testSignal(48_000, 6, 50), SampleFormat.INT24, 0x3F);

        Decoded decoded = Decoded.of(file);

        assertThat(decoded.format().layout()).containsExactly(Speaker.FRONT_LEFT, Speaker.FRONT_RIGHT,
                Speaker.FRONT_CENTER, Speaker.LOW_FREQUENCY, Speaker.BACK_LEFT, Speaker.BACK_RIGHT);
    }

    @Test
    void marksChannelsBeyondTheMaskUnknown() throws Exception {
        Path file = WavWriter.write(dir.resolve("x.wav"), testSignal(48_000, 3, 50), SampleFormat.INT16, 0x3);

        assertThat(Decoded.of(file).format().layout()).containsExactly(Speaker.FRONT_LEFT, Speaker.FRONT_RIGHT,
                Speaker.UNKNOWN);
    }

    @Test
    void usesDefaultLayoutWithoutMaskOrWithZeroMask() throws Exception {
        Path plain = WavWriter.write(dir.resolve("a.wav"), testSignal(48_000, 6, 50), SampleFormat.INT16);
        Path zeroMask = WavWriter.write(dir.resolve("b.wav"), testSignal(48_000, 5, 50), SampleFormat.INT16, 0);

        assertThat(Decoded.of(plain).format().layout()).isEqualTo(Speaker.defaultLayout(6));
        assertThat(Decoded.of(zeroMask).format().layout()).isEqualTo(Speaker.defaultLayout(5));
    }

    @Test
    void reportsExtensibleValidBitsAsBitDepth() throws Exception {
        // 20 valid bits in 24-bit containers: the low 4 bits are zero, the value scales by the container.
        byte[] samples = {(byte) 0xF0, (byte) 0xFF, 0x7F, 0x10, 0x00, 0x00};
        Path file = write(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmtExtensible(1, 1, 48_000, 24, 20, 0x4))
                .chunk("data", samples).toArray()));

        Decoded decoded = Decoded.of(file);

        assertThat(decoded.format().bitDepth()).isEqualTo(20);
        assertThat(decoded.format().sampleFormat()).isEqualTo(SampleFormat.INT24);
        assertThat(decoded.channel(0)).containsExactly(524_287 / 524_288.0, 1 / 524_288.0);
    }

    @Test
    void readsExtensibleFloatSubFormat() throws Exception {
        byte[] samples = Bytes.le().u32(Float.floatToIntBits(0.75f)).u32(Float.floatToIntBits(-3f)).toArray();
        Path file = write(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmtExtensible(3, 2, 44_100, 32, 32, 0x3))
                .chunk("data", samples).toArray()));

        Decoded decoded = Decoded.of(file);

        assertThat(decoded.format().sampleFormat()).isEqualTo(SampleFormat.FLOAT32);
        assertThat(decoded.channel(0)).containsExactly(0.75);
        assertThat(decoded.channel(1)).containsExactly(-3.0);
    }

    @Test
    void skipsUnknownChunksWithTheirPadByteBeforeAndAfterData() throws Exception {
        byte[] chunks = Bytes.le()
                .chunk("JUNK", new byte[27])
                .chunk("fmt ", Bytes.fmtPcm(1, 8_000, 8))
                .chunk("LIST", new byte[5])
                .chunk("data", new byte[] {(byte) 128, (byte) 192, 64})
                .chunk("id3 ", new byte[11]).toArray();

        Decoded decoded = Decoded.of(write(Bytes.riff(chunks)));

        assertThat(decoded.channel(0)).containsExactly(0.0, 0.5, -0.5);
    }

    @Test
    void acceptsFmtAfterData() throws Exception {
        byte[] chunks = Bytes.le().chunk("data", le16(16384)).chunk("fmt ", Bytes.fmtPcm(1, 8_000, 16)).toArray();

        assertThat(Decoded.of(write(Bytes.riff(chunks))).channel(0)).containsExactly(0.5);
    }

    @Test
    void acceptsAMissingPadByteAtEndOfFile() throws Exception {
        // 3 bytes of 8-bit data at the very end, the RIFF size counting the absent pad byte.
        byte[] chunks = Bytes.le().chunk("fmt ", Bytes.fmtPcm(1, 8_000, 8)).toArray();
        byte[] file = Bytes.le().ascii("RIFF").u32(4 + chunks.length + 8 + 4).ascii("WAVE").bytes(chunks)
                .chunk("data", 3, new byte[] {(byte) 128, (byte) 128, (byte) 128}).toArray();

        assertThat(Decoded.of(write(file)).frames()).isEqualTo(3);
    }

    @Test
    void ignoresBytesAfterTheRiffChunk() throws Exception {
        byte[] riff = Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmtPcm(1, 8_000, 16)).chunk("data", le16(1, 2))
                .toArray());
        byte[] file = Bytes.le().bytes(riff).ascii("TAG").zeros(125).toArray();

        assertThat(Decoded.of(write(file)).frames()).isEqualTo(2);
    }

    @ParameterizedTest
    @EnumSource(value = SampleFormat.class, names = {"UINT8", "INT16", "INT24", "INT32", "FLOAT32", "FLOAT64"})
    void blockSizesOf1And17And4096FramesGiveIdenticalSamples(SampleFormat format) throws Exception {
        Path file = WavWriter.write(dir.resolve("x.wav"), testSignal(48_000, 3, 10_007), format);

        Decoded one = Decoded.of(file, 1);
        Decoded seventeen = Decoded.of(file, 17);
        Decoded large = Decoded.of(file, 4096);

        for (int c = 0; c < 3; c++) {
            assertThat(one.channel(c)).containsExactly(large.channel(c));
            assertThat(seventeen.channel(c)).containsExactly(large.channel(c));
        }
        assertThat(one.sha256()).isEqualTo(large.sha256());
    }

    @Test
    void hashesTheWholeFileIncludingChunksAroundTheData() throws Exception {
        byte[] chunks = Bytes.le().chunk("JUNK", new byte[3000]).chunk("fmt ", Bytes.fmtPcm(2, 44_100, 16))
                .chunk("data", new byte[4 * 300_000]).chunk("LIST", new byte[2_500_001]).toArray();
        byte[] file = Bytes.riff(chunks);

        Decoded decoded = Decoded.of(write(file));

        assertThat(decoded.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(file)));
        assertThat(decoded.frames()).isEqualTo(300_000);
    }

    @Test
    void readsMoreThanOneBufferOfData() throws Exception {
        ArraySignal signal = testSignal(48_000, 2, 400_000);
        Path file = WavWriter.write(dir.resolve("x.wav"), signal, SampleFormat.INT24);

        Decoded decoded = Decoded.of(file, 16_384);

        assertThat(decoded.frames()).isEqualTo(400_000);
        assertThat(decoded.channel(1)[399_999]).isEqualTo(expected(signal.samples()[1][399_999], SampleFormat.INT24));
        assertThat(decoded.sha256()).isEqualTo(sha256(file));
    }

    // --- strict: every bad input names its problem ---

    @Test
    void rejectsTruncatedDataChunkNamingBothSizes() throws Exception {
        byte[] file = Bytes.le().ascii("RIFF").u32(4 + 24 + 8 + 1_048_576).ascii("WAVE")
                .chunk("fmt ", Bytes.fmtPcm(2, 48_000, 16)).chunk("data", 1_048_576, new byte[1_000_000]).toArray();

        assertRejected(file, CorruptAudioException.class, "truncated: data chunk declares 1048576 bytes, 1000000 present");
    }

    @Test
    void rejectsDataSizeOfAllOnesInPlainRiff() throws Exception {
        byte[] file = Bytes.le().ascii("RIFF").u32(0xFFFF_FFFFL).ascii("WAVE")
                .chunk("fmt ", Bytes.fmtPcm(2, 48_000, 16)).chunk("data", 0xFFFF_FFFFL, new byte[4096]).toArray();

        assertRejected(file, CorruptAudioException.class, "truncated: data chunk declares 4294967295 bytes, 4096 present");
    }

    @Test
    void rejectsAnyChunkPastEndOfFile() throws Exception {
        byte[] file = Bytes.le().ascii("RIFF").u32(4 + 24 + 12 + 8 + 5000).ascii("WAVE")
                .chunk("fmt ", Bytes.fmtPcm(1, 48_000, 16)).chunk("data", le16(1, 2)).chunk("LIST", 5000, new byte[12])
                .toArray();

        assertRejected(file, CorruptAudioException.class, "truncated: LIST chunk declares 5000 bytes, 12 present");
    }

    @Test
    void rejectsRiffChunkDeclaringMoreThanTheFile() throws Exception {
        byte[] chunks = Bytes.le().chunk("fmt ", Bytes.fmtPcm(1, 48_000, 16)).chunk("data", le16(1, 2)).toArray();
        byte[] file = Bytes.le().ascii("RIFF").u32(4 + chunks.length + 100).ascii("WAVE").bytes(chunks).toArray();

        assertRejected(file, CorruptAudioException.class, "truncated: RIFF chunk declares " + (4 + chunks.length + 100)
                + " bytes, " + (4 + chunks.length) + " present");
    }

    @Test
    void rejectsChunkRunningPastTheRiffEnd() throws Exception {
        byte[] chunks = Bytes.le().chunk("fmt ", Bytes.fmtPcm(1, 48_000, 16)).chunk("data", le16(1, 2, 3, 4)).toArray();
        byte[] file = Bytes.le().ascii("RIFF").u32(4 + chunks.length - 4).ascii("WAVE").bytes(chunks).toArray();

        assertRejected(file, CorruptAudioException.class, "data chunk at byte 36 declares 8 bytes and so runs past the "
                + "end of the RIFF chunk (byte 48)");
    }

    @Test
    void rejectsFileShorterThanAWavHeader() throws Exception {
        assertRejected(Bytes.le().ascii("RIFF").u32(100).toArray(), CorruptAudioException.class,
                "truncated: the file is 8 bytes, shorter than a WAV header");
    }

    @Test
    void rejectsMissingFmtChunk() throws Exception {
        assertRejected(Bytes.riff(Bytes.le().chunk("data", le16(1, 2)).toArray()), CorruptAudioException.class,
                "no fmt chunk: the file does not say how its samples are stored");
    }

    @Test
    void rejectsMissingDataChunk() throws Exception {
        assertRejected(Bytes.riff(Bytes.le().chunk("fmt ", Bytes.fmtPcm(1, 48_000, 16)).toArray()),
                CorruptAudioException.class, "no data chunk: the file holds no samples");
    }

    @Test
    void rejectsRiffSizeTooSmallToHoldTheData() throws Exception {
        byte[] chunks = Bytes.le().chunk("fmt ", Bytes.fmtPcm(1, 48_000, 16)).chunk("data", le16(1, 2)).toArray();
        byte[] file = Bytes.le().ascii("RIFF").u32(0).ascii("WAVE").bytes(chunks).toArray();

        assertRejected(file, CorruptAudioException.class, "no fmt chunk within the 0 bytes the RIFF chunk declares (the "
                + "file has 48): the file does not say how its samples are stored");
    }

    @Test
    void rejectsSecondDataChunk() throws Exception {
        byte[] chunks = Bytes.le().chunk("fmt ", Bytes.fmtPcm(1, 48_000, 16)).chunk("data", le16(1))
                .chunk("data", le16(2)).toArray();

        assertRejected(Bytes.riff(chunks), CorruptAudioException.class, "more than one data chunk (at bytes 36 and 46)");
    }

    @Test
    void rejectsFmtChunkShorterThan16Bytes() throws Exception {
        byte[] chunks = Bytes.le().chunk("fmt ", new byte[14]).chunk("data", le16(1)).toArray();

        assertRejected(Bytes.riff(chunks), CorruptAudioException.class, "fmt chunk is 14 bytes, needs at least 16");
    }

    @Test
    void rejectsZeroChannels() throws Exception {
        assertRejected(wav(Bytes.fmt(1, 0, 48_000, 0, 16), le16(1)), CorruptAudioException.class,
                "fmt chunk declares 0 channels");
    }

    @Test
    void rejectsMoreThan64Channels() throws Exception {
        assertRejected(wav(Bytes.fmtPcm(65, 48_000, 16), new byte[130]), UnsupportedAudioException.class,
                "65 channels; Mixroom reads at most 64");
    }

    @Test
    void accepts64Channels() throws Exception {
        assertThat(Decoded.of(write(wav(Bytes.fmtPcm(64, 48_000, 16), new byte[128]))).format().channels())
                .isEqualTo(64);
    }

    @Test
    void rejectsSampleRateOfZero() throws Exception {
        assertRejected(wav(Bytes.fmtPcm(1, 0, 16), le16(1)), CorruptAudioException.class,
                "fmt chunk declares a sample rate of 0 Hz");
    }

    @Test
    void rejectsSampleRateAbove768kHz() throws Exception {
        assertRejected(wav(Bytes.fmtPcm(1, 768_001, 16), le16(1)), UnsupportedAudioException.class,
                "sample rate 768001 Hz is outside 1-768000 Hz");
        assertRejected(wav(Bytes.fmtPcm(1, 0xFFFF_FFFFL, 16), le16(1)), UnsupportedAudioException.class,
                "sample rate 4294967295 Hz is outside 1-768000 Hz");
    }

    @Test
    void acceptsSampleRatesAtBothLimits() throws Exception {
        assertThat(Decoded.of(write(wav(Bytes.fmtPcm(1, 1, 16), le16(1)))).format().sampleRate()).isEqualTo(1);
        assertThat(Decoded.of(write(wav(Bytes.fmtPcm(1, 768_000, 16), le16(1)))).format().sampleRate())
                .isEqualTo(768_000);
    }

    @Test
    void rejectsUnsupportedFormatTagNamingIt() throws Exception {
        assertRejected(wav(Bytes.fmt(0x55, 2, 44_100, 1, 0), new byte[100]), UnsupportedAudioException.class,
                "unsupported WAV format tag 0x0055 (MPEG Layer 3); Mixroom reads PCM and IEEE float");
        assertRejected(wav(Bytes.fmt(0x1234, 2, 44_100, 4, 16), new byte[100]), UnsupportedAudioException.class,
                "unsupported WAV format tag 0x1234; Mixroom reads PCM and IEEE float");
    }

    @Test
    void rejectsUnsupportedBitDepths() throws Exception {
        assertRejected(wav(Bytes.fmt(1, 1, 44_100, 2, 12), le16(1)), UnsupportedAudioException.class,
                "unsupported sample size: 12-bit PCM (Mixroom reads 8, 16, 24 and 32)");
        assertRejected(wav(Bytes.fmt(3, 1, 44_100, 2, 16), le16(1)), UnsupportedAudioException.class,
                "unsupported sample size: 16-bit float (Mixroom reads 32 and 64)");
        assertRejected(wav(Bytes.fmt(1, 1, 44_100, 8, 64), new byte[8]), UnsupportedAudioException.class,
                "unsupported sample size: 64-bit PCM (Mixroom reads 8, 16, 24 and 32)");
    }

    @Test
    void rejectsUnknownExtensibleSubFormat() throws Exception {
        byte[] fmt = Bytes.fmtExtensible(1, 2, 48_000, 16, 16, 3);
        fmt[30] = 0x11; // no longer the KSDATAFORMAT base GUID (e.g. an Ambisonic B-format GUID)

        assertRejected(wav(fmt, new byte[4]), UnsupportedAudioException.class,
                "unsupported WAVE_FORMAT_EXTENSIBLE sub-format {00000001-0000-0011-8000-00AA00389B71}");
    }

    @Test
    void rejectsShortExtensibleFmt() throws Exception {
        byte[] fmt = Bytes.le().bytes(Bytes.fmt(0xFFFE, 2, 48_000, 4, 16)).u16(0).toArray();

        assertRejected(wav(fmt, new byte[4]), CorruptAudioException.class,
                "WAVE_FORMAT_EXTENSIBLE fmt chunk is 18 bytes with 0 extension bytes; needs 40 bytes with 22");
    }

    @Test
    void rejectsValidBitsAboveTheContainer() throws Exception {
        assertRejected(wav(Bytes.fmtExtensible(1, 1, 48_000, 16, 20, 4), new byte[4]), CorruptAudioException.class,
                "valid bits per sample (20) exceed the 16-bit sample container");
    }

    @Test
    void rejectsBlockAlignThatIsNotChannelsTimesBytes() throws Exception {
        assertRejected(wav(Bytes.fmt(1, 2, 48_000, 5, 24), new byte[12]), CorruptAudioException.class,
                "block align is 5 bytes, expected 2 channels x 3 bytes = 6");
        assertRejected(wav(Bytes.fmt(1, 2, 48_000, 0, 16), new byte[12]), CorruptAudioException.class,
                "block align is 0 bytes, expected 2 channels x 2 bytes = 4");
    }

    @Test
    void rejectsDataThatIsNotAWholeNumberOfFrames() throws Exception {
        assertRejected(wav(Bytes.fmtPcm(2, 48_000, 24), new byte[13]), CorruptAudioException.class,
                "data chunk holds 13 bytes, not a whole number of 6-byte frames");
    }

    @Test
    void rejectsZeroFrames() throws Exception {
        assertRejected(wav(Bytes.fmtPcm(2, 48_000, 16), new byte[0]), CorruptAudioException.class,
                "no audio: the data chunk holds 0 frames");
    }

    @Test
    void rejectsRf64WithoutDs64() throws Exception {
        byte[] file = Bytes.le().ascii("RF64").u32(0xFFFF_FFFFL).ascii("WAVE").chunk("fmt ", Bytes.fmtPcm(1, 48_000, 16))
                .chunk("data", 0xFFFF_FFFFL, le16(1)).toArray();

        assertRejected(file, CorruptAudioException.class,
                "data chunk size is 0xFFFFFFFF but the RF64 file has no ds64 chunk to give its real size");
    }

    @Test
    void rejectsRf64WhoseDs64DataSizeExceedsTheFile() throws Exception {
        byte[] file = Bytes.le().ascii("RF64").u32(0xFFFF_FFFFL).ascii("WAVE")
                .chunk("ds64", Bytes.le().u64(1 << 20).u64(1 << 20).u64(1 << 19).u32(0).toArray())
                .chunk("fmt ", Bytes.fmtPcm(1, 48_000, 16)).chunk("data", 0xFFFF_FFFFL, new byte[1000]).toArray();

        assertRejected(file, CorruptAudioException.class, "truncated: data chunk declares 1048576 bytes, 1000 present");
    }

    @Test
    void rejectsAnImpossibleDs64Size() throws Exception {
        byte[] file = Bytes.le().ascii("RF64").u32(0xFFFF_FFFFL).ascii("WAVE")
                .chunk("ds64", Bytes.le().u64(-1).u64(16).u64(8).u32(0).toArray())
                .chunk("fmt ", Bytes.fmtPcm(1, 48_000, 16)).chunk("data", 0xFFFF_FFFFL, new byte[16]).toArray();

        assertRejected(file, CorruptAudioException.class,
                "ds64 chunk declares an impossible size (RIFF 18446744073709551615, data 16 bytes)");
    }

    @Test
    void rejectsNonWaveRf64() throws Exception {
        assertRejected(Bytes.le().ascii("RF64").u32(-1).ascii("AVI ").zeros(40).toArray(), UnsupportedAudioException.class,
                "RF64 file of form 'AVI ' is not WAVE audio");
    }

    /**
     * A plain RIFF file over 4 GiB (sparse, so it takes no disk space): the wrapped 32-bit data size is
     * trusted only when it equals the bytes to end of file modulo 2^32.
     */
    @Test
    void readsWrappedDataSizeOfRiffOver4GiBOnlyWhenTheWrapIsProven() throws Exception {
        long dataBytes = (1L << 32) + 4 * 1000;
        Path proven = sparseWav(dir.resolve("big.wav"), dataBytes, dataBytes & 0xFFFF_FFFFL);
        try (AudioDecoder decoder = AudioDecoders.open(proven)) {
            assertThat(((PcmFileDecoder) decoder).frames()).isEqualTo(dataBytes / 4);
            assertThat(decoder.format().container()).isEqualTo("wav");
        }

        Path unproven = sparseWav(dir.resolve("bad.wav"), dataBytes, 123_456);
        assertThatThrownBy(() -> AudioDecoders.open(unproven)).isInstanceOf(CorruptAudioException.class)
                .hasMessage("the file is larger than 4 GiB, so its 32-bit chunk sizes have wrapped, and the data chunk "
                        + "size (123456 bytes) does not match the " + dataBytes + " bytes to end of file; save it as "
                        + "RF64 or BW64");
    }

    // --- helpers ---

    private Path sparseWav(Path file, long dataBytes, long declaredDataSize) throws IOException {
        byte[] header = Bytes.le().ascii("RIFF").u32((36 + dataBytes) & 0xFFFF_FFFFL).ascii("WAVE")
                .chunk("fmt ", Bytes.fmtPcm(2, 48_000, 16)).ascii("data").u32(declaredDataSize).toArray();
        try (var raf = new java.io.RandomAccessFile(file.toFile(), "rw")) {
            raf.write(header);
            raf.setLength(header.length + dataBytes);
        }
        return file;
    }

    static byte[] wav(byte[] fmt, byte[] data) {
        return Bytes.riff(Bytes.le().chunk("fmt ", fmt).chunk("data", data).toArray());
    }

    static byte[] le16(int... values) {
        Bytes b = Bytes.le();
        for (int v : values) {
            b.u16(v);
        }
        return b.toArray();
    }

    private Path write(byte[] bytes) throws IOException {
        return Files.write(dir.resolve("t.wav"), bytes);
    }

    private void assertRejected(byte[] bytes, Class<? extends InvalidAudioException> type, String message)
            throws IOException {
        Path file = Files.write(dir.resolve("bad.wav"), bytes);
        assertThatThrownBy(() -> Decoded.of(file)).isInstanceOf(type).hasMessage(message);
    }

    static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    static List<Double> list(double[] x) {
        return java.util.Arrays.stream(x).boxed().toList();
    }
}

package org.mixroom.engine.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.CorruptAudioException;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.Speaker;
import org.mixroom.engine.UnsupportedAudioException;
import org.mixroom.engine.testaudio.ArraySignal;
import org.mixroom.engine.testaudio.WavWriter;

class FfmpegDecoderTest {
    private static final int RATE = 48_000;
    private static final int FRAMES = 3 * RATE;

    @TempDir
    Path dir;

    /**
     * 0.5 s of silence, then a logarithmic sweep 200 Hz – 8 kHz at -6 dBFS in the left channel and a
     * different sweep in the right: no periodicity, so the alignment of a lossy decode is unambiguous.
     */
    static ArraySignal sweep(int frames) {
        double[][] x = new double[2][frames];
        int start = RATE / 2;
        for (int i = start; i < frames; i++) {
            double t = (double) (i - start) / RATE;
            x[0][i] = 0.5 * Math.sin(2 * Math.PI * 200 * (Math.pow(40, t / 2.5) - 1) * 2.5 / Math.log(40));
            x[1][i] = 0.5 * Math.sin(2 * Math.PI * 300 * (Math.pow(20, t / 2.5) - 1) * 2.5 / Math.log(20));
        }
        return new ArraySignal(RATE, x);
    }

    private Path original() throws IOException {
        return WavWriter.write(dir.resolve("original.wav"), sweep(FRAMES), SampleFormat.INT16);
    }

    /** The lag (decoded index minus original index) in -200..200 that best matches the two, by least squares. */
    static int bestLag(double[] original, double[] decoded) {
        int best = 0;
        double bestError = Double.MAX_VALUE;
        for (int lag = -200; lag <= 200; lag++) {
            double error = 0;
            for (int i = RATE; i < 2 * RATE; i++) {
                double d = decoded[i + lag] - original[i];
                error += d * d;
            }
            if (error < bestError) {
                bestError = error;
                best = lag;
            }
        }
        return best;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "mp3 (LAME gapless info), x.mp3, mp3, -c:a libmp3lame -b:a 256k",
        "Opus (pre-skip), x.opus, ogg, -c:a libopus -b:a 192k",
        "Vorbis, x.ogg, ogg, -c:a vorbis -strict experimental",
    })
    void removesEncoderDelayAndPaddingSoFrameZeroIsTheFirstProgrammeSample(String name, String fileName,
                                                                             String container, String options)
            throws Exception {
        Path original = original();
        Path encoded = Encode.ffmpeg(original, dir.resolve(fileName), options.split(" "));

        Decoded reference = Decoded.of(original);
        Decoded decoded = Decoded.of(encoded);

        assertThat(decoded.format().container()).isEqualTo(container);
        assertThat(decoded.format().sampleFormat()).isEqualTo(SampleFormat.LOSSY);
        assertThat(decoded.format().bitDepth()).isNull();
        assertThat(decoded.format().sampleRate()).isEqualTo(RATE);
        assertThat(decoded.format().layout()).containsExactly(Speaker.FRONT_LEFT, Speaker.FRONT_RIGHT);
        assertThat(decoded.frames()).isEqualTo(FRAMES);
        for (int c = 0; c < 2; c++) {
            assertThat(bestLag(reference.channel(c), decoded.channel(c))).isZero();
        }
        assertThat(decoded.sha256()).isEqualTo(WavDecoderTest.sha256(encoded));
    }

    @Test
    void alignsAacInMp4ByItsEditListAndKeepsOnlyTheFinalFramePadding() throws Exception {
        Path original = original();
        Path encoded = Encode.ffmpeg(original, dir.resolve("x.m4a"), "-c:a", "aac", "-b:a", "256k");

        Decoded decoded = Decoded.of(encoded);

        assertThat(decoded.format().container()).isEqualTo("mov");
        assertThat(bestLag(Decoded.of(original).channel(0), decoded.channel(0))).isZero();
        // ffmpeg's MP4 muxer does not mark the end padding, so up to one AAC frame (1024) of silence remains.
        assertThat(decoded.frames()).isBetween(FRAMES, FRAMES + 1023);
    }

    @ParameterizedTest
    @CsvSource({"INT16, 16", "INT24, 24"})
    void decodesAlacBitExactly(SampleFormat format, int bits) throws Exception {
        Path original = WavWriter.write(dir.resolve("original.wav"), WavDecoderTest.testSignal(44_100, 2, 30_011),
                format);
        Path alac = Encode.ffmpeg(original, dir.resolve("x.m4a"), "-c:a", "alac");

        Decoded expected = Decoded.of(original);
        Decoded decoded = Decoded.of(alac);

        assertThat(decoded.format().container()).isEqualTo("mov");
        assertThat(decoded.format().sampleFormat()).isEqualTo(format);
        assertThat(decoded.format().bitDepth()).isEqualTo(bits);
        for (int c = 0; c < 2; c++) {
            assertThat(decoded.channel(c)).containsExactly(expected.channel(c));
        }
    }

    @Test
    void takesTheChannelLayoutFromTheStream() throws Exception {
        Path original = WavWriter.write(dir.resolve("original.wav"), WavDecoderTest.testSignal(48_000, 6, 9600),
                SampleFormat.INT16, 0x60F);
        Path encoded = Encode.ffmpeg(original, dir.resolve("x.mka"), "-c:a", "pcm_s16le");

        Decoded decoded = Decoded.of(encoded);

        assertThat(decoded.format().container()).isEqualTo("matroska");
        assertThat(decoded.format().layout()).containsExactly(Speaker.FRONT_LEFT, Speaker.FRONT_RIGHT,
                Speaker.FRONT_CENTER, Speaker.LOW_FREQUENCY, Speaker.SIDE_LEFT, Speaker.SIDE_RIGHT);
        assertThat(decoded.channel(4)).containsExactly(Decoded.of(original).channel(4));
    }

    @Test
    void mapsFfmpegLayoutDescriptions() {
        assertThat(FfmpegDecoder.layout("5.1", 6)).containsExactly(Speaker.FRONT_LEFT, Speaker.FRONT_RIGHT,
                Speaker.FRONT_CENTER, Speaker.LOW_FREQUENCY, Speaker.BACK_LEFT, Speaker.BACK_RIGHT);
        assertThat(FfmpegDecoder.layout("mono", 1)).containsExactly(Speaker.FRONT_CENTER);
        assertThat(FfmpegDecoder.layout("FL+FR+LFE2", 3)).containsExactly(Speaker.FRONT_LEFT, Speaker.FRONT_RIGHT,
                Speaker.UNKNOWN);
        assertThat(FfmpegDecoder.layout("3 channels", 3)).isNull();
        assertThat(FfmpegDecoder.layout("stereo", 3)).isNull();
        assertThat(FfmpegDecoder.layout("unknown", 2)).isNull();
    }

    @Test
    void blockSizesOf1And17And4096FramesGiveIdenticalSamples() throws Exception {
        Path encoded = Encode.ffmpeg(original(), dir.resolve("x.mp3"), "-c:a", "libmp3lame");

        Decoded one = Decoded.of(encoded, 1);
        Decoded seventeen = Decoded.of(encoded, 17);
        Decoded large = Decoded.of(encoded, 4096);

        for (int c = 0; c < 2; c++) {
            assertThat(one.channel(c)).containsExactly(large.channel(c));
            assertThat(seventeen.channel(c)).containsExactly(large.channel(c));
        }
    }

    @Test
    void rejectsTextAsNotAnAudioFile() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "mix notes: more vocals\n".repeat(50));

        // ffmpeg takes .txt for its "tty" demuxer, which the audio-only whitelist refuses.
        assertThatThrownBy(() -> Decoded.of(file)).isInstanceOf(UnsupportedAudioException.class)
                .hasMessage("not an audio file (not a container Mixroom accepts)");
    }

    @Test
    void rejectsAVideoWithoutSound() throws Exception {
        Path video = dir.resolve("video.mkv");
        Path image = Encode.ffmpeg(WavWriter.write(dir.resolve("s.wav"), sweep(4800), SampleFormat.INT16),
                video, "-f", "lavfi", "-i", "color=c=black:s=16x16:d=0.1", "-map", "1:v", "-c:v", "ffv1");

        assertThatThrownBy(() -> Decoded.of(image)).isInstanceOf(UnsupportedAudioException.class)
                .hasMessage("not an audio file (no audio stream)");
    }

    @Test
    void refusesPlaylistsThatPointElsewhere() throws Exception {
        Path target = original();
        Path playlist = Files.writeString(dir.resolve("list.m3u8"),
                "#EXTM3U\n#EXT-X-TARGETDURATION:10\n#EXTINF:3,\nfile:" + target + "\n#EXT-X-ENDLIST\n");
        Path concat = Files.writeString(dir.resolve("list.ffconcat"), "ffconcat version 1.0\nfile '" + target + "'\n");

        assertThatThrownBy(() -> Decoded.of(playlist)).isInstanceOf(UnsupportedAudioException.class)
                .hasMessageStartingWith("not an audio file");
        assertThatThrownBy(() -> Decoded.of(concat)).isInstanceOf(UnsupportedAudioException.class)
                .hasMessageStartingWith("not an audio file");
    }

    @Test
    void rejectsDamagedMp3WithFfmpegsFirstErrorLine() throws Exception {
        byte[] bytes = Files.readAllBytes(Encode.ffmpeg(original(), dir.resolve("x.mp3"), "-c:a", "libmp3lame"));
        for (int i = bytes.length / 2; i < bytes.length / 2 + 400; i++) {
            bytes[i] = (byte) (bytes[i] * 7 + 13);
        }
        Path file = Files.write(dir.resolve("bad.mp3"), bytes);

        assertThatThrownBy(() -> Decoded.of(file)).isInstanceOf(CorruptAudioException.class)
                .hasMessage("ffmpeg: Header missing");
    }

    @Test
    void rejectsACutOffMp3ByTheLengthItsInfoFrameDeclares() throws Exception {
        Path whole = Encode.ffmpeg(original(), dir.resolve("whole.mp3"), "-c:a", "libmp3lame", "-b:a", "192k");
        long declared = Mp3FrameCount.declaredSamples(whole).orElseThrow();
        assertThat(declared).as("LAME's frame count covers the audio plus delay and padding")
                .isBetween((long) FRAMES, FRAMES + 3L * 1152);
        assertThat(Decoded.of(whole).frames()).isEqualTo(FRAMES);

        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.mp3"), java.util.Arrays.copyOf(bytes, bytes.length * 6 / 10));
        assertThatThrownBy(() -> Decoded.of(cut)).isInstanceOf(CorruptAudioException.class)
                .hasMessageMatching("truncated: the MP3 header declares \\d+\\.\\d\\d s of audio, the data holds "
                        + "\\d+\\.\\d\\d s");
    }

    @Test
    void findsTheInfoFrameAfterAnId3Tag() throws Exception {
        Path tagged = Encode.ffmpeg(original(), dir.resolve("tagged.mp3"), "-c:a", "libmp3lame", "-metadata",
                "title=Mix v3", "-id3v2_version", "4");
        assertThat(Files.readAllBytes(tagged)).startsWith((byte) 'I', (byte) 'D', (byte) '3');
        assertThat(Mp3FrameCount.declaredSamples(tagged)).isPresent();
    }

    // --- the child process, with stand-in executables ---

    @Test
    void killsAChildThatRunsPastTheTimeout() throws Exception {
        FfmpegTools tools = fakeTools("exec sleep 30").withTimeout(Duration.ofMillis(300));
        Path file = Files.write(dir.resolve("x.mp3"), new byte[100]);

        long started = System.nanoTime();
        assertThatThrownBy(() -> Decoded.of(file, 4096, FfmpegLocator.of(tools)))
                .isInstanceOf(CorruptAudioException.class).hasMessage("ffmpeg did not finish decoding within 300 ms");
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
    }

    @Test
    void reportsTheFirstErrorLineWithoutFfmpegsContextPrefix() throws Exception {
        FfmpegTools tools = fakeTools("echo '[mp3float @ 0x55d0] Header missing' >&2\n"
                + "echo '[aist#0:0/mp3 @ 0x55] [dec:mp3float @ 0x56] Error submitting packet' >&2\nexit 183");
        Path file = Files.write(dir.resolve("x.mp3"), new byte[100]);

        assertThatThrownBy(() -> Decoded.of(file, 4096, FfmpegLocator.of(tools)))
                .isInstanceOf(CorruptAudioException.class).hasMessage("ffmpeg: Header missing");
    }

    @Test
    void reportsACrashedChild() throws Exception {
        FfmpegTools tools = fakeTools("kill -SEGV $$");
        Path file = Files.write(dir.resolve("x.mp3"), new byte[100]);

        assertThatThrownBy(() -> Decoded.of(file, 4096, FfmpegLocator.of(tools)))
                .isInstanceOf(CorruptAudioException.class).hasMessage("ffmpeg: crashed (signal 11)");
    }

    @Test
    void survivesAFloodOnStderr() throws Exception {
        FfmpegTools tools = fakeTools("echo 'first problem' >&2\nhead -c 20000000 /dev/zero | tr '\\0' 'x' >&2\n"
                + "exit 1");
        Path file = Files.write(dir.resolve("x.mp3"), new byte[100]);

        assertThatThrownBy(() -> Decoded.of(file, 4096, FfmpegLocator.of(tools)))
                .isInstanceOf(CorruptAudioException.class).hasMessage("ffmpeg: first problem");
    }

    @Test
    void rejectsOutputThatEndsInsideAFrame() throws Exception {
        FfmpegTools tools = fakeTools("head -c 20 /dev/zero");
        Path file = Files.write(dir.resolve("x.mp3"), new byte[100]);

        assertThatThrownBy(() -> Decoded.of(file, 4096, FfmpegLocator.of(tools)))
                .isInstanceOf(CorruptAudioException.class)
                .hasMessage("ffmpeg's output ended inside a frame (4 of 16 bytes)");
    }

    @Test
    void rejectsAStreamThatDecodesToNothing() throws Exception {
        FfmpegTools tools = fakeTools("exit 0");
        Path file = Files.write(dir.resolve("x.mp3"), new byte[100]);

        assertThatThrownBy(() -> Decoded.of(file, 4096, FfmpegLocator.of(tools)))
                .isInstanceOf(CorruptAudioException.class).hasMessage("no audio: the stream decodes to 0 frames");
    }

    @Test
    void killsTheChildWhenClosedEarly() throws Exception {
        Path encoded = Encode.ffmpeg(original(), dir.resolve("x.mp3"), "-c:a", "libmp3lame");
        try (AudioDecoder decoder = AudioDecoders.open(encoded)) {
            decoder.read(new AudioBlock(2, 16));
            assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).count()).isEqualTo(1);
        }
        assertThat(ProcessHandle.current().children().filter(ProcessHandle::isAlive).count()).isZero();
    }

    /** ffprobe reporting a stereo 48 kHz MP3; ffmpeg replaced by {@code script}. */
    private FfmpegTools fakeTools(String script) throws IOException {
        Path ffprobe = executable("ffprobe", "echo codec_name=mp3\necho sample_rate=48000\necho channels=2\n"
                + "echo channel_layout=stereo\necho format_name=mp3");
        Path ffmpeg = executable("ffmpeg", script);
        return new FfmpegTools(ffmpeg, ffprobe, Map.of(), FfmpegTools.DEFAULT_TIMEOUT);
    }

    private Path executable(String name, String body) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, "#!/bin/sh\n" + body + "\n", StandardCharsets.US_ASCII);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwx------"));
        return file;
    }
}

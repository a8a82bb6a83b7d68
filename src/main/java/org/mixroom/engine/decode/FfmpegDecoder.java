package org.mixroom.engine.decode;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.AudioFormat;
import org.mixroom.engine.CorruptAudioException;
import org.mixroom.engine.InvalidAudioException;
import org.mixroom.engine.SampleFormat;
import org.mixroom.engine.Speaker;
import org.mixroom.engine.UnsupportedAudioException;

/**
 * Everything Mixroom does not read itself (MP3, AAC, ALAC, Vorbis, Opus, WavPack, …), decoded by an ffmpeg
 * child process at the stream's own rate and channels.
 *
 * <p><b>Probe.</b> {@code ffprobe -select_streams a:0 -show_entries …} prints the container's format
 * name, the codec, sample rate, channel count and layout, sample format and bits as {@code key=value}
 * lines; that is ffmpeg's own machine-readable report, unlike the human-oriented {@code ffmpeg -i} banner.
 * A file ffprobe cannot open, or one without an audio stream, is "not an audio file".
 *
 * <p><b>Decode.</b> {@code ffmpeg -v error -xerror -i FILE -map 0:a:0 -ch_layout L -ar R -f f64le -}.
 * Naming the probed layout and rate makes the bytes match the reported format even if a stream changes
 * mid-way (where ffmpeg would otherwise convert to the first frame's format anyway). ffmpeg removes encoder
 * delay and padding when decoding normally: LAME/Xing gapless info in MP3, edit lists and iTunSMPB in
 * MP4, Opus pre-skip, Vorbis granule positions; so frame 0 is the first programme sample. Raw ADTS AAC
 * carries no such information and keeps the encoder's priming samples.
 *
 * <p>{@code container} is ffmpeg's format name (the first of its aliases: "mp3", "mov" for MP4/M4A,
 * "ogg", "matroska"); lossy codecs report {@link SampleFormat#LOSSY} and no bit depth, lossless ones
 * (ALAC, WavPack, …) their sample format and bits.
 */
final class FfmpegDecoder implements AudioDecoder {
    private static final Set<String> LOSSLESS_CODECS = Set.of("alac", "ape", "flac", "mlp", "mp4als", "ralf",
            "shorten", "tak", "truehd", "tta", "wavpack", "s302m");
    private static final Set<String> COMPANDED_PCM = Set.of("pcm_alaw", "pcm_mulaw", "pcm_vidc");
    private static final Map<String, String> NAMED_LAYOUTS = namedLayouts();
    private static final Map<String, Speaker> CHANNEL_NAMES = Map.ofEntries(
            Map.entry("FL", Speaker.FRONT_LEFT), Map.entry("FR", Speaker.FRONT_RIGHT),
            Map.entry("FC", Speaker.FRONT_CENTER), Map.entry("LFE", Speaker.LOW_FREQUENCY),
            Map.entry("BL", Speaker.BACK_LEFT), Map.entry("BR", Speaker.BACK_RIGHT),
            Map.entry("FLC", Speaker.FRONT_LEFT_OF_CENTER), Map.entry("FRC", Speaker.FRONT_RIGHT_OF_CENTER),
            Map.entry("BC", Speaker.BACK_CENTER), Map.entry("SL", Speaker.SIDE_LEFT),
            Map.entry("SR", Speaker.SIDE_RIGHT), Map.entry("TC", Speaker.TOP_CENTER),
            Map.entry("TFL", Speaker.TOP_FRONT_LEFT), Map.entry("TFC", Speaker.TOP_FRONT_CENTER),
            Map.entry("TFR", Speaker.TOP_FRONT_RIGHT), Map.entry("TBL", Speaker.TOP_BACK_LEFT),
            Map.entry("TBC", Speaker.TOP_BACK_CENTER), Map.entry("TBR", Speaker.TOP_BACK_RIGHT));
    private static final int PROBE_OUTPUT_LIMIT = 64 * 1024;
    private static final int LENGTH_SLACK_FRAMES = 4;
    private static final int MP3_FRAME_SAMPLES = 1152;

    private final Path file;
    private final AudioFormat format;
    private final FfmpegStream stream;
    private final FileHash fileHash;
    /** For MP3: the samples its info frame declares, to tell a cut-off file from a whole one. */
    private final OptionalLong declaredSamples;
    private long decodedFrames;
    private String hash;

    private FfmpegDecoder(Path file, AudioFormat format, FfmpegStream stream, OptionalLong declaredSamples) {
        this.file = file;
        this.format = format;
        this.stream = stream;
        this.declaredSamples = declaredSamples;
        this.fileHash = FileHash.start(file);
    }

    static FfmpegDecoder open(Path file, FfmpegTools tools) throws IOException, InvalidAudioException {
        Probe probe = probe(file, tools);
        List<String> output = List.of(probe.layoutName != null ? "-ch_layout" : "-ac",
                probe.layoutName != null ? probe.layoutName : Integer.toString(probe.format.channels()),
                "-ar", Integer.toString(probe.format.sampleRate()));
        OptionalLong declared = probe.format.container().equals("mp3") ? Mp3FrameCount.declaredSamples(file)
                : OptionalLong.empty();
        FfmpegStream stream = FfmpegStream.start(tools, file, probe.format.channels(), List.of(), output);
        return new FfmpegDecoder(file, probe.format, stream, declared);
    }

    @Override
    public AudioFormat format() {
        return format;
    }

    @Override
    public boolean read(AudioBlock block) throws IOException, InvalidAudioException {
        BlockShape.require(block, format);
        if (stream.read(block)) {
            decodedFrames += block.frames();
            return true;
        }
        checkLength();
        if (hash == null) {
            hash = fileHash.await();
        }
        return false;
    }

    /**
     * A cut-off MP3 decodes without an error, only shorter than its info frame says. Encoder delay and
     * padding, removed by ffmpeg, account for less than {@link #LENGTH_SLACK_FRAMES} frames of the difference.
     */
    private void checkLength() throws CorruptAudioException {
        if (declaredSamples.isPresent()
                && decodedFrames + LENGTH_SLACK_FRAMES * MP3_FRAME_SAMPLES < declaredSamples.getAsLong()) {
            double rate = format.sampleRate();
            throw new CorruptAudioException(String.format(Locale.ROOT,
                    "truncated: the MP3 header declares %.2f s of audio, the data holds %.2f s",
                    declaredSamples.getAsLong() / rate, decodedFrames / rate));
        }
    }

    @Override
    public String sha256() {
        return Sha256.known(hash);
    }

    @Override
    public void close() {
        fileHash.close();
        stream.close();
    }

    /** What ffprobe reports of the first audio stream, and the layout name to ask ffmpeg for. */
    record Probe(AudioFormat format, String layoutName) {
    }

    static Probe probe(Path file, FfmpegTools tools) throws IOException, InvalidAudioException {
        List<String> arguments = new ArrayList<>(List.of("-v", "error", "-hide_banner"));
        arguments.addAll(FfmpegProcess.CONFINED_INPUT);
        arguments.addAll(List.of("-select_streams", "a:0", "-show_entries",
                "stream=codec_name,sample_rate,channels,channel_layout,sample_fmt,bits_per_sample,bits_per_raw_sample"
                        + ":format=format_name",
                "-of", "default=noprint_wrappers=1", "file:" + file.toAbsolutePath()));
        Map<String, String> fields = new HashMap<>();
        try (FfmpegProcess process = FfmpegProcess.start(tools, tools.ffprobe(), arguments)) {
            String output = readBounded(process.stdout());
            int status = process.waitFor();
            if (process.timedOut()) {
                throw new UnsupportedAudioException("not an audio file (ffprobe did not finish within "
                        + process.timeoutText() + ")");
            }
            if (status != 0) {
                String error = process.firstError(file);
                if (error != null && error.startsWith("Format not on whitelist")) {
                    error = "not a container Mixroom accepts";
                }
                throw new UnsupportedAudioException("not an audio file (" + (error == null
                        ? "ffprobe exited with status " + status : error) + ")");
            }
            for (String line : output.split("\\R")) {
                int eq = line.indexOf('=');
                if (eq > 0) {
                    fields.putIfAbsent(line.substring(0, eq), line.substring(eq + 1).strip());
                }
            }
        }
        String codec = fields.get("codec_name");
        if (codec == null) {
            throw new UnsupportedAudioException("not an audio file (no audio stream)");
        }
        int channels = integer(fields.get("channels"));
        int sampleRate = integer(fields.get("sample_rate"));
        if (channels < 1 || sampleRate < 1) {
            throw new UnsupportedAudioException("not an audio file (" + codec + " stream without "
                    + (channels < 1 ? "channels" : "a sample rate") + ")");
        }
        WavDecoder.checkChannelsAndRate(channels, sampleRate, codec + " stream");
        String container = fields.getOrDefault("format_name", "unknown").split(",")[0];

        String layoutName = fields.get("channel_layout");
        List<Speaker> layout = layout(layoutName, channels);
        if (layout == null) {
            layoutName = null;
            layout = Speaker.defaultLayout(channels);
        }

        SampleFormat sampleFormat = SampleFormat.LOSSY;
        Integer bitDepth = null;
        boolean lossless = LOSSLESS_CODECS.contains(codec)
                || codec.startsWith("pcm_") && !COMPANDED_PCM.contains(codec);
        if (lossless) {
            String sampleFmt = fields.getOrDefault("sample_fmt", "");
            int bits = integer(fields.get("bits_per_raw_sample"));
            if (bits <= 0) {
                bits = integer(fields.get("bits_per_sample"));
            }
            switch (sampleFmt.replaceFirst("p$", "")) {
                case "flt" -> {
                    sampleFormat = SampleFormat.FLOAT32;
                    bitDepth = 32;
                }
                case "dbl" -> {
                    sampleFormat = SampleFormat.FLOAT64;
                    bitDepth = 64;
                }
                case "u8" -> {
                    sampleFormat = SampleFormat.UINT8;
                    bitDepth = 8;
                }
                case "s16", "s32" -> {
                    int storage = sampleFmt.startsWith("s16") ? 16 : 32;
                    int valid = bits > 0 && bits <= storage ? bits : storage;
                    sampleFormat = valid <= 8 ? SampleFormat.INT8 : valid <= 16 ? SampleFormat.INT16
                            : valid <= 24 ? SampleFormat.INT24 : SampleFormat.INT32;
                    bitDepth = valid;
                }
                default -> {
                    // An unusual lossless sample format: reported like a lossy stream (no bit depth).
                }
            }
        }
        AudioFormat format = new AudioFormat(container, sampleFormat, sampleRate, layout, bitDepth);
        return new Probe(format, layoutName);
    }

    /**
     * Speaker positions of an ffmpeg layout description ("5.1(side)", or "FL+FR+LFE" for custom ones);
     * null when it does not describe {@code channels} channels by name (e.g. "3 channels").
     */
    static List<Speaker> layout(String description, int channels) {
        if (description == null || description.isEmpty()) {
            return null;
        }
        String decomposition = NAMED_LAYOUTS.getOrDefault(description, description);
        if (!decomposition.matches("[A-Z0-9]+(\\+[A-Z0-9]+)*")) {
            return null;
        }
        String[] names = decomposition.split("\\+");
        if (names.length != channels) {
            return null;
        }
        List<Speaker> layout = new ArrayList<>(channels);
        for (String name : names) {
            layout.add(CHANNEL_NAMES.getOrDefault(name, Speaker.UNKNOWN));
        }
        return List.copyOf(layout);
    }

    private static Map<String, String> namedLayouts() {
        // ffmpeg's standard layouts (ffmpeg -layouts), each channel in its output order.
        return Map.ofEntries(
                Map.entry("mono", "FC"), Map.entry("stereo", "FL+FR"), Map.entry("2.1", "FL+FR+LFE"),
                Map.entry("3.0", "FL+FR+FC"), Map.entry("3.0(back)", "FL+FR+BC"), Map.entry("4.0", "FL+FR+FC+BC"),
                Map.entry("quad", "FL+FR+BL+BR"), Map.entry("quad(side)", "FL+FR+SL+SR"),
                Map.entry("3.1", "FL+FR+FC+LFE"), Map.entry("5.0", "FL+FR+FC+BL+BR"),
                Map.entry("5.0(side)", "FL+FR+FC+SL+SR"), Map.entry("4.1", "FL+FR+FC+LFE+BC"),
                Map.entry("5.1", "FL+FR+FC+LFE+BL+BR"), Map.entry("5.1(side)", "FL+FR+FC+LFE+SL+SR"),
                Map.entry("6.0", "FL+FR+FC+BC+SL+SR"), Map.entry("6.0(front)", "FL+FR+FLC+FRC+SL+SR"),
                Map.entry("3.1.2", "FL+FR+FC+LFE+TFL+TFR"), Map.entry("hexagonal", "FL+FR+FC+BL+BR+BC"),
                Map.entry("6.1", "FL+FR+FC+LFE+BC+SL+SR"), Map.entry("6.1(back)", "FL+FR+FC+LFE+BL+BR+BC"),
                Map.entry("6.1(front)", "FL+FR+LFE+FLC+FRC+SL+SR"), Map.entry("7.0", "FL+FR+FC+BL+BR+SL+SR"),
                Map.entry("7.0(front)", "FL+FR+FC+FLC+FRC+SL+SR"), Map.entry("7.1", "FL+FR+FC+LFE+BL+BR+SL+SR"),
                Map.entry("7.1(wide)", "FL+FR+FC+LFE+BL+BR+FLC+FRC"),
                Map.entry("7.1(wide-side)", "FL+FR+FC+LFE+FLC+FRC+SL+SR"),
                Map.entry("5.1.2", "FL+FR+FC+LFE+SL+SR+TFL+TFR"), Map.entry("5.1.2(back)", "FL+FR+FC+LFE+BL+BR+TFL+TFR"),
                Map.entry("octagonal", "FL+FR+FC+BL+BR+BC+SL+SR"), Map.entry("cube", "FL+FR+BL+BR+TFL+TFR+TBL+TBR"),
                Map.entry("5.1.4", "FL+FR+FC+LFE+SL+SR+TFL+TFR+TBL+TBR"),
                Map.entry("7.1.2", "FL+FR+FC+LFE+BL+BR+SL+SR+TFL+TFR"),
                Map.entry("7.1.4", "FL+FR+FC+LFE+BL+BR+SL+SR+TFL+TFR+TBL+TBR"),
                Map.entry("downmix", "DL+DR"));
    }

    private static int integer(String value) {
        if (value == null) {
            return -1;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static String readBounded(InputStream in) throws IOException {
        byte[] kept = in.readNBytes(PROBE_OUTPUT_LIMIT);
        in.transferTo(java.io.OutputStream.nullOutputStream());
        return new String(kept, StandardCharsets.UTF_8);
    }
}

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;

/**
 * Writes a music-like 48 kHz 24-bit stereo WAV for the benchmark: a kick and snare pattern at 120 BPM, a
 * bass line, sustained chords, hi-hat noise, a section structure with quiet verses and loud choruses, stereo
 * differences, and peaks near −1 dBFS. Deterministic for a given length.
 *
 * <p>Usage: {@code java bench/MusicLikeWav.java OUT.wav MINUTES}
 */
public final class MusicLikeWav {
    static final int RATE = 48_000;

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args[0]);
        double minutes = Double.parseDouble(args[1]);
        long frames = Math.round(minutes * 60 * RATE);
        write(out, frames);
    }

    static void write(Path file, long frames) throws IOException {
        long dataBytes = frames * 6;
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 20)) {
            ByteBuffer h = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
            h.put("RIFF".getBytes()).putInt((int) Math.min(0xFFFFFFFFL, 36 + dataBytes)).put("WAVE".getBytes());
            h.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) 2).putInt(RATE)
                    .putInt(RATE * 6).putShort((short) 6).putShort((short) 24);
            h.put("data".getBytes()).putInt((int) Math.min(0xFFFFFFFFL, dataBytes));
            out.write(h.array());
            Synth synth = new Synth();
            byte[] buffer = new byte[6 * 4096];
            for (long start = 0; start < frames; start += 4096) {
                int n = (int) Math.min(4096, frames - start);
                for (int i = 0; i < n; i++) {
                    double[] lr = synth.next(start + i);
                    put24(buffer, 6 * i, lr[0]);
                    put24(buffer, 6 * i + 3, lr[1]);
                }
                out.write(buffer, 0, 6 * n);
            }
        }
    }

    static void put24(byte[] b, int at, double x) {
        int v = (int) Math.max(-8_388_608, Math.min(8_388_607, Math.round(x * 8_388_608)));
        b[at] = (byte) v;
        b[at + 1] = (byte) (v >> 8);
        b[at + 2] = (byte) (v >> 16);
    }

    static final class Synth {
        final SplittableRandom random = new SplittableRandom(7);
        final double[] lr = new double[2];
        final double[] chord = {220.0, 277.18, 329.63, 440.0};
        final double[] bassNotes = {55.0, 55.0, 73.42, 82.41};
        double hatState;
        double noiseLow;

        double[] next(long n) {
            double t = (double) n / RATE;
            double beat = t * 2; // 120 BPM
            int bar = (int) (beat / 4);
            double inBeat = beat - Math.floor(beat);
            boolean chorus = (bar / 8) % 2 == 1;
            double section = chorus ? 1.0 : 0.45;
            int beatInBar = (int) beat % 4;

            double kickEnv = Math.exp(-inBeat * 18);
            double kick = Math.sin(2 * Math.PI * (50 + 90 * Math.exp(-inBeat * 30)) * inBeat / 2) * kickEnv;
            double white = random.nextDouble(-1, 1);
            noiseLow += 0.2 * (white - noiseLow);
            double snare = (beatInBar % 2 == 1) ? noiseLow * Math.exp(-inBeat * 14) * 1.6 : 0;
            hatState = white - hatState * 0.5; // brighter noise
            double eighth = beat * 2 - Math.floor(beat * 2);
            double hat = hatState * Math.exp(-eighth * 40) * 0.25;
            double bassFrequency = bassNotes[bar % bassNotes.length];
            double bass = Math.sin(2 * Math.PI * bassFrequency * t) * (0.6 + 0.4 * Math.exp(-inBeat * 4));
            double pad = 0;
            double padRight = 0;
            for (int i = 0; i < chord.length; i++) {
                pad += Math.sin(2 * Math.PI * chord[i] * t + i) / chord.length;
                padRight += Math.sin(2 * Math.PI * chord[i] * 1.003 * t + 2 * i) / chord.length;
            }
            double vibrato = 1 + 0.1 * Math.sin(2 * Math.PI * 0.3 * t);
            double mid = 0.42 * kick + 0.22 * snare + 0.2 * bass;
            lr[0] = section * (mid + 0.16 * pad * vibrato + hat) * 0.85;
            lr[1] = section * (mid + 0.16 * padRight * vibrato + 0.8 * hat) * 0.85;
            return lr;
        }
    }
}

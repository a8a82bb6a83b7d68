package org.mixroom.engine;

import java.util.List;

/**
 * What a decoder found in a file's header.
 *
 * @param container  wav, rf64, bw64, aiff, aifc, flac, or ffmpeg's format name
 * @param sampleFormat how samples are stored
 * @param sampleRate frames per second (Hz)
 * @param layout     speaker position of each channel, in file order
 * @param bitDepth   valid bits per sample (32/64 for float), null for lossy formats
 */
public record AudioFormat(String container, SampleFormat sampleFormat, int sampleRate, List<Speaker> layout,
                          Integer bitDepth) {
    public static final int MAX_CHANNELS = 64;
    public static final int MIN_SAMPLE_RATE = 1;
    public static final int MAX_SAMPLE_RATE = 768_000;

    public AudioFormat {
        if (layout.isEmpty() || layout.size() > MAX_CHANNELS) {
            throw new IllegalArgumentException("channels must lie in 1.." + MAX_CHANNELS + ", got " + layout.size());
        }
        if (sampleRate < MIN_SAMPLE_RATE || sampleRate > MAX_SAMPLE_RATE) {
            throw new IllegalArgumentException("sample rate must lie in 1..768000 Hz, got " + sampleRate);
        }
        layout = List.copyOf(layout);
    }

    public int channels() {
        return layout.size();
    }
}

package org.mixroom.revision;

/**
 * What the uploaded file is, from its header.
 *
 * @param container       wav, rf64, bw64, aiff, aifc, flac, or ffmpeg's name of the format (mp3, …)
 * @param sampleFormat    int16, int24, int32, float32, float64, uint8, int8 or lossy
 * @param sampleRate      Hz
 * @param bitDepth        valid bits per sample; null for lossy formats
 * @param durationSeconds from the header where it says; otherwise null until the analysis has counted the frames
 */
public record FormatFacts(String container, String sampleFormat, int sampleRate, int channels, Integer bitDepth,
                          Double durationSeconds) {
}

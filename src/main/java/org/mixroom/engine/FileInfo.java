package org.mixroom.engine;

/**
 * Facts about the analysed file (analysis-spec §3 "Metadata").
 *
 * @param name            the file's base name
 * @param sha256          lowercase hex SHA-256 of the file's bytes
 * @param bitDepth        valid bits per sample (32/64 for float), null for lossy formats
 * @param durationSeconds frames / sampleRate
 */
public record FileInfo(String name, String sha256, String container, SampleFormat sampleFormat, int sampleRate,
                       int channels, Integer bitDepth, long frames, double durationSeconds) {
}

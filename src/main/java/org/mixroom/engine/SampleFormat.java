package org.mixroom.engine;

/** How samples are stored in the file, named as in the report's {@code file.sampleFormat}. */
public enum SampleFormat {
    UINT8("uint8", 8),
    /** Signed 8-bit PCM, as in AIFF and FLAC. */
    INT8("int8", 8),
    INT16("int16", 16),
    INT24("int24", 24),
    INT32("int32", 32),
    FLOAT32("float32", 32),
    FLOAT64("float64", 64),
    LOSSY("lossy", 0);

    private final String jsonName;
    private final int bits;

    SampleFormat(String jsonName, int bits) {
        this.jsonName = jsonName;
        this.bits = bits;
    }

    public String jsonName() {
        return jsonName;
    }

    /** Storage bits per sample; 0 for lossy. */
    public int bits() {
        return bits;
    }

    public boolean isFloat() {
        return this == FLOAT32 || this == FLOAT64;
    }

    /** Integer PCM of the given storage width; 8-bit is unsigned as in WAV. */
    public static SampleFormat integer(int bits) {
        return switch (bits) {
            case 8 -> UINT8;
            case 16 -> INT16;
            case 24 -> INT24;
            case 32 -> INT32;
            default -> throw new IllegalArgumentException("no integer sample format of " + bits + " bits");
        };
    }
}

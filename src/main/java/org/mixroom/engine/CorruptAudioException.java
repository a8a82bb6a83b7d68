package org.mixroom.engine;

/** The file claims a format it does not keep to: truncated, inconsistent header, bad checksum. */
public final class CorruptAudioException extends InvalidAudioException {
    public CorruptAudioException(String message) {
        super(message);
    }

    public CorruptAudioException(String message, Throwable cause) {
        super(message, cause);
    }
}

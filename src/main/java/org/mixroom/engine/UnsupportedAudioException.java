package org.mixroom.engine;

/** The file is well formed but not a format Mixroom reads (or not audio at all). */
public final class UnsupportedAudioException extends InvalidAudioException {
    public UnsupportedAudioException(String message) {
        super(message);
    }
}

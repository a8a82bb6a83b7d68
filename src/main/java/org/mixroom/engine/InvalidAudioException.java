package org.mixroom.engine;

/** The input is not audio Mixroom can measure; the message says what is wrong in plain words. */
public sealed class InvalidAudioException extends Exception
        permits CorruptAudioException, UnsupportedAudioException {
    public InvalidAudioException(String message) {
        super(message);
    }

    public InvalidAudioException(String message, Throwable cause) {
        super(message, cause);
    }
}

package org.mixroom.engine.decode;

import java.io.IOException;
import java.util.OptionalLong;
import org.mixroom.engine.AudioBlock;
import org.mixroom.engine.AudioFormat;
import org.mixroom.engine.InvalidAudioException;

/**
 * Streams a file's samples in blocks, never holding the whole file. Opened by {@link AudioDecoders#open}.
 */
public interface AudioDecoder extends AutoCloseable {
    AudioFormat format();

    /**
     * The number of frames the header declares, when the format states it (PCM in WAV and AIFF, FLAC with a
     * total in STREAMINFO); known when the decoder opens, checked against the data as it is read.
     */
    default OptionalLong declaredFrames() {
        return OptionalLong.empty();
    }

    /**
     * Fills {@code block} (which has {@link AudioFormat#channels()} channels) with up to its capacity of
     * frames, as doubles at full scale 1.0, and sets its frame count.
     *
     * @return false once the stream is exhausted (the block then holds 0 frames); end-of-stream checks
     *     (checksums, trailing data, decoder exit status) have passed by then
     * @throws InvalidAudioException when the data turns out to be corrupt (truncated, checksum mismatch,
     *     non-finite float sample, decoder error), never after a partial result is returned as complete
     */
    boolean read(AudioBlock block) throws IOException, InvalidAudioException;

    /** Lowercase hex SHA-256 of the file's bytes; valid once {@link #read} has returned false. */
    String sha256();

    @Override
    void close() throws IOException;
}

package org.mixroom.review.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.sound.midi.InvalidMidiDataException;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.Track;

/**
 * A type 1 Standard MIDI File with one marker meta event (FF 06) per comment, text = the comment's text. At
 * 1 000 ticks per quarter note and 60 BPM a tick is exactly one millisecond, so marker times are exact to
 * the millisecond in any DAW that reads the file's tempo.
 */
final class MidiMarkers {
    static final int TICKS_PER_QUARTER = 1000;
    static final int MICROSECONDS_PER_QUARTER = 1_000_000;
    static final int TEMPO = 0x51;
    static final int MARKER = 0x06;
    static final int TRACK_NAME = 0x03;
    static final int MIDI_FILE_TYPE = 1;

    private MidiMarkers() {
    }

    static byte[] write(List<ExportedComment> comments) {
        try {
            Sequence sequence = new Sequence(Sequence.PPQ, TICKS_PER_QUARTER);
            Track track = sequence.createTrack();
            track.add(meta(TRACK_NAME, "Mixroom comments".getBytes(StandardCharsets.US_ASCII), 0));
            track.add(meta(TEMPO, new byte[] {0x0F, 0x42, 0x40}, 0)); // 1 000 000 µs per quarter note
            for (ExportedComment c : comments) {
                track.add(meta(MARKER, c.text().getBytes(StandardCharsets.UTF_8), Math.round(c.startSeconds() * 1000)));
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            MidiSystem.write(sequence, MIDI_FILE_TYPE, out);
            return out.toByteArray();
        } catch (InvalidMidiDataException e) {
            throw new IllegalStateException("a marker could not be written", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MidiEvent meta(int type, byte[] data, long tick) throws InvalidMidiDataException {
        return new MidiEvent(new MetaMessage(type, data, data.length), tick);
    }
}

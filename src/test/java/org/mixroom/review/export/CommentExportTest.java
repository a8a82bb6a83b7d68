package org.mixroom.review.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.sound.midi.MetaMessage;
import javax.sound.midi.MidiEvent;
import javax.sound.midi.MidiSystem;
import javax.sound.midi.Sequence;
import javax.sound.midi.Track;
import org.junit.jupiter.api.Test;

class CommentExportTest {
    static final List<ExportedComment> COMMENTS = List.of(
            new ExportedComment(12.3456, null, null, null, "VOCAL", "master", false, "Sibilance on \"see\""),
            new ExportedComment(72.0, 100.5, 250.0, 400.0, "TONAL_BALANCE", "master", false,
                    "250–400 Hz build-up, kick and bass fight"),
            new ExportedComment(3661.0015, 3662.25, null, null, "OTHER", "artist", true, "Love this bit,\nkeep it"));

    @Test
    void midiMarkersParseBackToTheSameTimesAndTexts() throws Exception {
        byte[] midi = CommentExport.MIDI.write(COMMENTS);
        Sequence sequence = MidiSystem.getSequence(new ByteArrayInputStream(midi));
        assertThat(MidiSystem.getMidiFileFormat(new ByteArrayInputStream(midi)).getType()).isEqualTo(1);
        assertThat(sequence.getDivisionType()).isEqualTo(Sequence.PPQ);
        assertThat(sequence.getResolution()).isEqualTo(1000);
        List<Long> millis = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        boolean oneSecondPerQuarter = false;
        for (Track track : sequence.getTracks()) {
            for (int i = 0; i < track.size(); i++) {
                MidiEvent event = track.get(i);
                if (event.getMessage() instanceof MetaMessage meta) {
                    if (meta.getType() == 0x06) {
                        millis.add(event.getTick()); // 1 000 ticks per quarter at 60 BPM: one tick per millisecond
                        texts.add(new String(meta.getData(), StandardCharsets.UTF_8));
                    } else if (meta.getType() == 0x51) {
                        byte[] d = meta.getData();
                        oneSecondPerQuarter = ((d[0] & 0xFF) << 16 | (d[1] & 0xFF) << 8 | d[2] & 0xFF) == 1_000_000;
                    }
                }
            }
        }
        assertThat(oneSecondPerQuarter).isTrue();
        assertThat(millis).containsExactly(12_346L, 72_000L, 3_661_002L);
        assertThat(texts).containsExactly("Sibilance on \"see\"", "250–400 Hz build-up, kick and bass fight",
                "Love this bit,\nkeep it");
    }

    @Test
    void audacityLabelsKeepRangesAndBands() {
        String labels = new String(CommentExport.AUDACITY.write(COMMENTS), StandardCharsets.UTF_8);
        assertThat(labels).isEqualTo("""
                12.345600\t12.345600\tSibilance on "see"
                72.000000\t100.500000\t250–400 Hz build-up, kick and bass fight
                \\\t250.000000\t400.000000
                3661.001500\t3662.250000\tLove this bit, keep it
                """);
    }

    @Test
    void reaperListMakesRangesRegionsAndPointsMarkers() {
        String list = new String(CommentExport.REAPER.write(COMMENTS), StandardCharsets.UTF_8);
        assertThat(list.split("\r\n")).containsExactly(
                "#,Name,Start,End,Length",
                "M1,\"Sibilance on \"\"see\"\"\",0:12.346,,",
                "R1,\"250–400 Hz build-up, kick and bass fight\",1:12.000,1:40.500,0:28.500",
                "R2,\"Love this bit,\nkeep it\",61:01.002,61:02.250,0:01.249");
    }

    @Test
    void csvQuotesWhatNeedsQuotingAndGivesBothTimeForms() {
        String csv = new String(CommentExport.CSV.write(COMMENTS), StandardCharsets.UTF_8);
        assertThat(csv).startsWith(CsvExport.HEADER + "\r\n");
        assertThat(csv).contains("12.346,,0:12.346,,,,VOCAL,master,open,\"Sibilance on \"\"see\"\"\"\r\n");
        assertThat(csv).contains("72.000,100.500,1:12.000,1:40.500,250,400,TONAL_BALANCE,master,open,"
                + "\"250–400 Hz build-up, kick and bass fight\"\r\n");
        assertThat(csv).contains(",OTHER,artist,resolved,\"Love this bit,\nkeep it\"\r\n");
    }

    @Test
    void formatsAreNamedAsTheApiAsksForThem() {
        assertThat(CommentExport.named("midi")).isEqualTo(CommentExport.MIDI);
        assertThat(CommentExport.named("Audacity")).isEqualTo(CommentExport.AUDACITY);
        assertThatThrownBy(() -> CommentExport.named("aaf")).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no export format 'aaf'; use csv, midi, reaper or audacity");
        assertThatThrownBy(() -> new ExportedComment(5, 4.0, null, null, "OTHER", "a", false, "x"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

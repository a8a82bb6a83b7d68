package org.mixroom.shared.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EventCodecTest {

    enum Colour { RED }

    record Painted(UUID thingId, Colour colour) {
    }

    record Unlisted(UUID thingId) {
    }

    private final CrossNodeEventTypes types = new CrossNodeEventTypes(List.of(Painted.class));
    private final EventCodec here = new EventCodec(types, UUID.randomUUID());
    private final EventCodec there = new EventCodec(types, UUID.randomUUID());

    @Test
    void anotherNodeReadsTheEventBackAsItWas() {
        Painted event = new Painted(UUID.randomUUID(), Colour.RED);

        String payload = here.encode(event).orElseThrow();

        assertThat(payload).contains("\"type\":\"Painted\"").hasSizeLessThan(8000);
        assertThat(there.decode(payload)).contains(event);
    }

    @Test
    void aNodeSkipsWhatItSentItself() {
        String payload = here.encode(new Painted(UUID.randomUUID(), Colour.RED)).orElseThrow();

        assertThat(here.decode(payload)).isEmpty();
    }

    @Test
    void onlyListedTypesCrossNodes() {
        assertThat(here.encode(new Unlisted(UUID.randomUUID()))).isEmpty();
        assertThat(there.decode("{\"node\":\"x\",\"type\":\"Unlisted\",\"event\":{\"thingId\":\""
                + UUID.randomUUID() + "\"}}")).isEmpty();
    }

    @Test
    void ignoresWhatItCannotRead() {
        assertThat(there.decode("not json")).isEmpty();
        assertThat(there.decode("{\"node\":\"x\",\"type\":\"Painted\"}")).isEmpty();
        assertThat(there.decode("{\"node\":\"x\",\"type\":\"Painted\",\"event\":{\"thingId\":\"no uuid\"}}"))
                .isEmpty();
    }
}

package org.mixroom.shared.cluster;

import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes an event as the JSON payload of a notification, {@code {"node": …, "type": …, "event": {…}}}, and reads
 * one back. Each node has its own id, so it can skip the notifications it sent itself.
 */
class EventCodec {

    private static final Logger log = LoggerFactory.getLogger(EventCodec.class);
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CrossNodeEventTypes types;
    private final String node;

    EventCodec(CrossNodeEventTypes types, UUID node) {
        this.types = types;
        this.node = node.toString();
    }

    /** The payload for {@code event}, if its type crosses nodes. */
    Optional<String> encode(Object event) {
        return types.nameOf(event).map(type -> {
            ObjectNode payload = JSON.createObjectNode();
            payload.put("node", node);
            payload.put("type", type);
            payload.set("event", JSON.valueToTree(event));
            return JSON.writeValueAsString(payload);
        });
    }

    /** The event in a payload from another node; empty for this node's own, and for anything it cannot read. */
    Optional<Object> decode(String payload) {
        try {
            JsonNode json = JSON.readTree(payload);
            if (node.equals(json.path("node").asString(""))) {
                return Optional.empty();
            }
            String type = json.path("type").asString("");
            Optional<Class<? extends Record>> known = types.typeNamed(type);
            if (known.isEmpty()) {
                log.warn("Ignoring a cross-node event of unknown type '{}'", type);
                return Optional.empty();
            }
            return Optional.of(JSON.treeToValue(json.required("event"), known.get()));
        } catch (JacksonException | IllegalArgumentException e) {
            log.warn("Ignoring an unreadable cross-node event: {}", e.getMessage());
            return Optional.empty();
        }
    }
}

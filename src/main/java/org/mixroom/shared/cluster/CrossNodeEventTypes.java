package org.mixroom.shared.cluster;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The events that cross nodes, by name (the record's simple name). An explicit list: an event from another
 * node becomes an object here only if its type is listed, and every listed type is a record of IDs and plain
 * values, so its JSON is small (PostgreSQL limits a notification to 8000 bytes).
 */
public final class CrossNodeEventTypes {

    private final Map<String, Class<? extends Record>> byName;

    public CrossNodeEventTypes(List<Class<? extends Record>> types) {
        this.byName = types.stream().collect(Collectors.toUnmodifiableMap(Class::getSimpleName, Function.identity()));
    }

    /** The name an event travels under, if its type crosses nodes. */
    Optional<String> nameOf(Object event) {
        String name = event.getClass().getSimpleName();
        return byName.get(name) == event.getClass() ? Optional.of(name) : Optional.empty();
    }

    Optional<Class<? extends Record>> typeNamed(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}

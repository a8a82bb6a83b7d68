package org.mixroom.sharing;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The password-protected share links whose password a browser session has given: kept in the HTTP session
 * under {@link #ATTRIBUTE}, so the guest's page and its audio requests need the password only once.
 */
public final class UnlockedLinks {

    public static final String ATTRIBUTE = UnlockedLinks.class.getName();

    private UnlockedLinks() {
    }

    /** The link ids in a session attribute's value (empty for none). */
    public static Set<UUID> in(Object attribute) {
        Set<UUID> ids = new HashSet<>();
        if (attribute instanceof Set<?> stored) {
            stored.forEach(id -> ids.add((UUID) id));
        }
        return ids;
    }

    /** Stores {@code attribute} with {@code linkId} added through {@code store}. */
    public static void add(Object attribute, UUID linkId, Consumer<Object> store) {
        Set<UUID> ids = in(attribute);
        ids.add(linkId);
        store.accept(ids);
    }
}

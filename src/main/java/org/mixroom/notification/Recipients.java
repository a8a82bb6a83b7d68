package org.mixroom.notification;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Who hears of an event, and as what. Each person is told once: whoever is added first keeps that kind (add
 * mentions before replies, so a mention inside a reply to your comment is one mention). Nobody hears of their
 * own action, and only the project's members hear anything.
 */
final class Recipients {

    private final Map<UUID, NotificationKind> kinds = new LinkedHashMap<>();

    Recipients add(Collection<UUID> people, NotificationKind kind) {
        people.forEach(person -> kinds.putIfAbsent(person, kind));
        return this;
    }

    /** Each recipient with their kind, leaving out the actor and anyone who is not among {@code members}. */
    Map<UUID, NotificationKind> to(UUID actor, Collection<UUID> members) {
        Map<UUID, NotificationKind> told = new LinkedHashMap<>(kinds);
        told.keySet().remove(actor);
        told.keySet().retainAll(members);
        return told;
    }
}

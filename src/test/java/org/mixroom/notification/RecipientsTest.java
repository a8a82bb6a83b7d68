package org.mixroom.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RecipientsTest {

    private final UUID actor = UUID.randomUUID();
    private final UUID author = UUID.randomUUID();
    private final UUID mentioned = UUID.randomUUID();
    private final UUID outsider = UUID.randomUUID();
    private final List<UUID> members = List.of(actor, author, mentioned);

    @Test
    void aPersonMentionedInAReplyToTheirCommentIsToldOnceOfTheMention() {
        Map<UUID, NotificationKind> told = new Recipients()
                .add(List.of(author), NotificationKind.MENTION)
                .add(List.of(author, mentioned), NotificationKind.REPLY)
                .to(actor, members);

        assertThat(told).containsExactly(Map.entry(author, NotificationKind.MENTION),
                Map.entry(mentioned, NotificationKind.REPLY));
    }

    @Test
    void nobodyIsToldOfTheirOwnActionNorAnyoneOutsideTheProject() {
        Map<UUID, NotificationKind> told = new Recipients()
                .add(List.of(actor, outsider, mentioned), NotificationKind.MENTION)
                .to(actor, members);

        assertThat(told).containsOnlyKeys(mentioned);
    }
}

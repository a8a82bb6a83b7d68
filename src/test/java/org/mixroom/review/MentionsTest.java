package org.mixroom.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class MentionsTest {

    private static final List<String> MEMBERS = List.of("mix", "master", "artist", "dj.shadow");

    @Test
    void findsTheMembersATextMentionsOnceEachInOrder() {
        assertThat(Mentions.mentioned("@master and @artist, listen; @master again", MEMBERS))
                .containsExactly("master", "artist");
    }

    @Test
    void leavesUnknownNamesAsPlainText() {
        List<Mentions.Part> parts = Mentions.split("@nobody and @artist", MEMBERS);

        assertThat(parts).containsExactly(new Mentions.Part("@nobody and ", null),
                new Mentions.Part("@artist", "artist"));
    }

    @Test
    void anAtInsideAWordSuchAsAnEmailAddressIsNoMention() {
        assertThat(Mentions.mentioned("write to mix@master or @@artist or x@artist", MEMBERS)).isEmpty();
    }

    @Test
    void punctuationAfterANameIsNotPartOfItUnlessTheNameHasIt() {
        assertThat(Mentions.split("Thanks @artist.", MEMBERS)).containsExactly(
                new Mentions.Part("Thanks ", null), new Mentions.Part("@artist", "artist"),
                new Mentions.Part(".", null));
        assertThat(Mentions.mentioned("(@mix), @master_ and @dj.shadow.", MEMBERS))
                .containsExactly("mix", "master", "dj.shadow");
    }

    @Test
    void matchesIgnoringCaseButPrefersTheExactSpelling() {
        assertThat(Mentions.mentioned("@ARTIST", MEMBERS)).containsExactly("artist");
        assertThat(Mentions.mentioned("@Artist and @artist", List.of("artist", "Artist")))
                .containsExactly("Artist", "artist");
    }

    @Test
    void thePartsJoinedGiveTheText() {
        String text = "@mix: the @artist says hi to mix@example.test and @nobody. @master";
        List<Mentions.Part> parts = Mentions.split(text, MEMBERS);

        assertThat(parts.stream().map(Mentions.Part::text).collect(Collectors.joining())).isEqualTo(text);
        assertThat(parts.stream().filter(Mentions.Part::isMention).map(Mentions.Part::username))
                .containsExactly("mix", "artist", "master");
        assertThat(Mentions.split("", MEMBERS)).isEmpty();
    }
}

package org.mixroom.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommentValuesTest {

    @ParameterizedTest
    @CsvSource({
        "TONAL_BALANCE, TONAL_BALANCE", "tonal balance, TONAL_BALANCE", "Tonal-Balance, TONAL_BALANCE",
        "noise/clicks, NOISE_CLICKS", "vocal, VOCAL", "' other ', OTHER"})
    void parsesCategoriesAsPeopleWriteThem(String text, CommentCategory expected) {
        assertThat(CommentCategory.parse(text)).isEqualTo(expected);
    }

    @Test
    void treatsABlankCategoryAsNoneAndRefusesAnUnknownOne() {
        assertThat(CommentCategory.parse(null)).isNull();
        assertThat(CommentCategory.parse(" ")).isNull();
        assertThatIllegalArgumentException().isThrownBy(() -> CommentCategory.parse("mood"))
                .withMessage("The category must be one of TONAL_BALANCE, DYNAMICS, STEREO, NOISE_CLICKS, "
                        + "ARRANGEMENT, VOCAL, OTHER.");
    }

    @Test
    void anchorsAtAPointOrOverARange() {
        assertThat(new TimeAnchor(1.5, null).isRange()).isFalse();
        assertThat(new TimeAnchor(1.5, null).lastSecond()).isEqualTo(1.5);
        assertThat(new TimeAnchor(72, 100.0).isRange()).isTrue();
        assertThat(new TimeAnchor(72, 72.0).lastSecond()).isEqualTo(72);
    }

    @Test
    void refusesAnchorsOutsideTheTrack() {
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeAnchor(-0.001, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeAnchor(Double.NaN, null));
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeAnchor(10, 9.999))
                .withMessageContaining("endSeconds");
        assertThatIllegalArgumentException().isThrownBy(() -> new TimeAnchor(TimeAnchor.MAX_SECONDS + 1, null));
    }

    @Test
    void acceptsBandsWithinTheLimitsOnly() {
        assertThat(FrequencyBand.of(null, null)).isNull();
        assertThat(FrequencyBand.of(250.0, 400.0)).isEqualTo(new FrequencyBand(250, 400));
        assertThat(new FrequencyBand(1, 96_000).highHz()).isEqualTo(96_000);
        assertThatIllegalArgumentException().isThrownBy(() -> FrequencyBand.of(250.0, null))
                .withMessageContaining("both");
        assertThatIllegalArgumentException().isThrownBy(() -> new FrequencyBand(400, 250))
                .withMessageContaining("below");
        assertThatIllegalArgumentException().isThrownBy(() -> new FrequencyBand(400, 400));
        assertThatIllegalArgumentException().isThrownBy(() -> new FrequencyBand(0.5, 250));
        assertThatIllegalArgumentException().isThrownBy(() -> new FrequencyBand(250, 96_001));
    }

    @Test
    void resolvesAndReopensNamingTheCurrentStateWhenRefused() {
        UUID author = UUID.randomUUID();
        Comment comment = new Comment(UUID.randomUUID(), author, null, new TimeAnchor(1, null), null, null, "x",
                Instant.EPOCH);

        comment.resolve(author, Instant.EPOCH);
        assertThat(comment.resolved()).isTrue();
        assertThat(comment.resolvedBy()).isEqualTo(author);
        org.assertj.core.api.Assertions.assertThatIllegalStateException()
                .isThrownBy(() -> comment.resolve(author, Instant.EPOCH)).withMessageContaining("resolved already");

        comment.reopen();
        assertThat(comment.resolved()).isFalse();
        assertThat(comment.resolvedBy()).isNull();
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(comment::reopen)
                .withMessageContaining("open already");
    }

    @Test
    void hasEitherAMemberOrAGuestAsItsAuthor() {
        TimeAnchor at = new TimeAnchor(1, null);
        assertThat(new Comment(UUID.randomUUID(), null, "Ana", at, null, null, "x", Instant.EPOCH).guestName())
                .isEqualTo("Ana");
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Comment(UUID.randomUUID(), null, null, at, null, null, "x", Instant.EPOCH));
        assertThatIllegalArgumentException().isThrownBy(
                () -> new Comment(UUID.randomUUID(), UUID.randomUUID(), "Ana", at, null, null, "x", Instant.EPOCH));
    }
}

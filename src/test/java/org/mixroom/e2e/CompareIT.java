package org.mixroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mixroom.TestWavs;
import org.mixroom.e2e.pages.ComparePage;
import org.mixroom.e2e.pages.LoginPage;
import org.mixroom.e2e.pages.ProjectPage;
import org.mixroom.e2e.pages.TrackPage;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A/B as a mastering engineer does it: two mixes 3 dB apart are compared loudness matched, switched while playing
 * without the playhead moving, heard unmatched, and told apart in a blind test and an ABX test.
 */
class CompareIT extends BrowserSupport {

    /** How far the playhead may stray from the audio clock across a switch. */
    private static final double CONTINUITY_SECONDS = 0.010;
    /** The audio clock moves in steps of a few milliseconds, so against the page's clock a little more. */
    private static final double WALL_CLOCK_SECONDS = 0.025;

    @Test
    void comparesTwoMixesLoudnessMatchedAndSwitchesWithoutAJump() {
        ProjectPage project = LoginPage.signIn(page, "mix").createProject("Compare EP");
        project.uploadReference("master.wav", TestWavs.sine(6, -10));
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("master.wav"))).isVisible();
        project.addTrack("Song");
        assertThat(page.getByRole(AriaRole.GRID, new Page.GetByRoleOptions().setName("Tracks"))
                .getByText("master.wav")).hasCount(0);
        TrackPage track = project.openTrack("Song");
        track.upload("quiet.wav", TestWavs.sine(12, -23), "Quiet mix");
        assertThat(track.status("Ready")).isVisible();
        track.upload("loud.wav", TestWavs.sine(12, -20), "Louder mix");
        assertThat(track.status("Ready")).hasCount(2);

        ComparePage compare = track.compare("Revision 1", "Revision 2");

        assertThat(compare.offset()).hasText("B \u22123.00 dB");
        assertThat(compare.player()).hasAttribute("active-side", "A");

        compare.button("Play").click();
        assertThat(compare.button("Pause")).isVisible();
        page.waitForFunction("el => el.playhead > 0.5", compare.player().elementHandle());
        String side = "A";
        for (int i = 0; i < 4; i++) {
            ComparePage.Clocks before = compare.clocks();
            page.keyboard().press("x");
            ComparePage.Clocks after = compare.clocks();
            side = side.equals("A") ? "B" : "A";
            assertThat(compare.player()).hasAttribute("active-side", side);
            org.assertj.core.api.Assertions.assertThat(after.playhead() - before.playhead())
                    .as("the playhead follows the audio clock across switch %d", i + 1)
                    .isCloseTo(after.audio() - before.audio(), within(CONTINUITY_SECONDS))
                    .as("and the page's clock, as far as the audio clock's steps allow")
                    .isCloseTo(after.wall() - before.wall(), within(WALL_CLOCK_SECONDS));
            page.waitForTimeout(150);
        }
        compare.button("Switch to B").click();
        assertThat(compare.player()).hasAttribute("active-side", "B");
        double beforePause = compare.clocks().playhead();
        org.assertj.core.api.Assertions.assertThat(beforePause).as("the audio clock runs").isGreaterThan(1.0);
        compare.button("Pause").click();
        assertThat(compare.button("Play")).isVisible();

        compare.toggle("Loudness match").uncheck();
        assertThat(compare.offset()).hasText("Loudness match off: 0.00 dB");
        compare.toggle("Loudness match").check();
        assertThat(compare.offset()).hasText("B \u22123.00 dB");

        compare.toggle("Blind mode").check();
        assertThat(compare.player()).hasAttribute("active-side", "1");
        assertThat(compare.offset()).not().containsText("B \u2212");
        page.keyboard().press("2");
        assertThat(compare.player()).hasAttribute("active-side", "2");
        compare.button("1 is A").click();
        assertThat(compare.score()).containsText(Pattern.compile("(Right|Wrong): A was [12]"));
        assertThat(compare.score()).containsText(Pattern.compile("[01] of 1 correct"));

        compare.toggle("ABX test").check();
        assertThat(compare.score()).containsText("No guesses yet.");
        compare.button("Listen to X").click();
        assertThat(compare.player()).hasAttribute("active-side", "X");
        for (int i = 0; i < 5; i++) {
            compare.button(i % 2 == 0 ? "X is A" : "X is B").click();
        }
        assertThat(compare.score()).containsText(Pattern.compile("\\d of 5 correct"));
        Matcher score = Pattern.compile("(\\d) of 5 correct; the chance of doing at least this well by guessing is "
                + "([\\d.]+) %").matcher(compare.score().textContent());
        org.assertj.core.api.Assertions.assertThat(score.find()).as(compare.score().textContent()).isTrue();
        int correct = Integer.parseInt(score.group(1));
        double expected = 0;
        for (int k = correct; k <= 5; k++) {
            expected += binomial(5, k) / 32.0;
        }
        org.assertj.core.api.Assertions.assertThat(Double.parseDouble(score.group(2)))
                .isCloseTo(100 * expected, within(0.06));
    }

    private static double binomial(int n, int k) {
        double result = 1;
        for (int i = 1; i <= k; i++) {
            result = result * (n - k + i) / i;
        }
        return result;
    }
}

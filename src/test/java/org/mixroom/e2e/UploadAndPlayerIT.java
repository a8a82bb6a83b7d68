package org.mixroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mixroom.TestWavs;
import org.mixroom.e2e.pages.LoginPage;
import org.mixroom.e2e.pages.RevisionPage;
import org.mixroom.e2e.pages.TrackPage;

import com.google.gson.JsonObject;
import com.microsoft.playwright.CDPSession;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/** An upload's progress, what an upload refuses, a failed analysis with its reason, and the player's keys. */
class UploadAndPlayerIT extends BrowserSupport {

    @Test
    void aFileThatIsNotAudioIsRefusedInPlainWordsAndLeavesNoRevision() {
        TrackPage track = LoginPage.signIn(page, "artist").createProject("Refusals").addTrack("Broken")
                .openTrack("Broken");
        track.upload("notes.wav", "these are my notes, not audio".getBytes(StandardCharsets.UTF_8), "oops");

        assertThat(page.getByText(Pattern.compile("This file cannot be used as a revision"))).isVisible();
        assertThat(track.revisionLink(1)).hasCount(0);
    }

    @Test
    void anUploadShowsItsProgressUntilTheRevisionIsStored() {
        TrackPage track = LoginPage.signIn(page, "mix").createProject("Slow line").addTrack("Long take")
                .openTrack("Long take");
        // A slow uplink (256 kB/s) so the 3.8 MB upload takes long enough to watch.
        CDPSession network = context.newCDPSession(page);
        network.send("Network.enable");
        JsonObject slow = new JsonObject();
        slow.addProperty("offline", false);
        slow.addProperty("latency", 0);
        slow.addProperty("downloadThroughput", -1);
        slow.addProperty("uploadThroughput", 256 * 1024);
        network.send("Network.emulateNetworkConditions", slow);

        track.upload("long-take.wav", TestWavs.sine(20, -20), "The long take");

        Locator progress = page.getByRole(AriaRole.PROGRESSBAR);
        assertThat(progress).isVisible();
        assertThat(progress).hasAttribute("aria-valuenow", Pattern.compile("^0\\.[0-9]+$"));
        assertThat(track.revisionLink(1)).isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(60_000));
        assertThat(page.getByText("The long take", new Page.GetByTextOptions().setExact(true))).isVisible();
    }

    @Test
    void aFailedAnalysisShowsItsReason() {
        TrackPage track = LoginPage.signIn(page, "artist").createProject("Failures").addTrack("Glitch")
                .openTrack("Glitch");
        track.upload("glitch.wav", TestWavs.floatWithNaN(2), "float with a NaN");

        assertThat(track.revisionLink(1)).isVisible();
        assertThat(page.getByText(Pattern.compile("^Failed: The file cannot be analysed"))).isVisible();
    }

    @Test
    void arrowsSeekAndCStartsACommentAtThePlayhead() {
        TrackPage track = LoginPage.signIn(page, "artist").createProject("Keys").addTrack("Long one")
                .openTrack("Long one");
        track.upload("long.wav", TestWavs.sine(12, -18), "for the keys");
        assertThat(track.status("Ready")).isVisible();
        RevisionPage revision = track.openRevision(1);

        revision.waveform().focus();
        page.keyboard().press("ArrowRight");
        page.keyboard().press("ArrowRight");
        assertThat(revision.waveform()).hasAttribute("aria-valuetext", "0:10.000 of 0:12.000");
        page.keyboard().press("ArrowLeft");
        page.keyboard().press("c");

        assertThat(page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true))).hasValue("0:05.000");
        assertThat(page.getByLabel("End", new Page.GetByLabelOptions().setExact(true))).hasValue("");
    }
}

package org.mixroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.TestWavs;
import org.mixroom.e2e.pages.LoginPage;
import org.mixroom.e2e.pages.ProjectPage;
import org.mixroom.e2e.pages.RevisionPage;
import org.mixroom.e2e.pages.TrackPage;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * The review as people do it: the mix engineer sets up a project, uploads a mix and waits for its analysis;
 * the mastering engineer, in a second browser, sees every comment appear live, replies and resolves.
 */
class ReviewJourneyIT extends BrowserSupport {

    /** Live updates must arrive well within this, without a reload. */
    private static final LocatorAssertions.IsVisibleOptions LIVE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(5_000);

    @org.springframework.boot.test.web.server.LocalServerPort
    private int port;

    @Test
    void mixAndMasterReviewARevisionTogether() {
        ProjectPage project = LoginPage.signIn(page, "mix").createProject("Night Drive EP");
        project.addTrack("Intro").addTrack("Song");
        project.moveButton("Song", "up").click();
        assertThat(project.moveButton("Song", "up")).isDisabled();
        project.addMember("master", "engineer");

        TrackPage track = project.openTrack("Song");
        track.upload("song-v1.wav", TestWavs.sine(8, -14), "First full mix");
        assertThat(page.getByText("Revision 1 stored; analysis queued.")).isVisible();
        assertThat(track.revisionLink(1)).isVisible();
        assertThat(track.status("Ready")).isVisible();

        RevisionPage mix = track.openRevision(1);
        assertThat(page.getByText("Integrated loudness")).isVisible();
        assertThat(mix.waveform()).isVisible();
        String revisionUrl = page.url();

        BrowserContext masterContext = newContext();
        try {
            Page masterPage = masterContext.newPage();
            LoginPage.signIn(masterPage, "master");
            masterPage.navigate(revisionUrl);
            RevisionPage master = new RevisionPage(masterPage);
            assertThat(masterPage.getByText("No open comments.")).isVisible();

            mix.commentByKeyboard("0:01.000", "0:02.500", "250", "400", "Tonal balance", "Boxy low mids");
            assertThat(mix.comment("Boxy low mids")).isVisible();
            assertThat(master.comment("Boxy low mids")).isVisible(LIVE);
            assertThat(master.comment("Boxy low mids").getByText("250–400 Hz")).isVisible();
            // its range is drawn where it lies on the waveform, not at the start
            assertThat(master.waveform().locator("[part~='region']").first())
                    .hasAttribute("style", Pattern.compile("left: (?!0%)\\d"));
            assertThat(master.comment("Boxy low mids").getByRole(AriaRole.BUTTON,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Play from 0:01.000")))
                    .isVisible();

            mix.selectByMouse(0.5, 0.75);
            assertThat(page.getByLabel("End", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue(Pattern.compile("0:0\\d\\.\\d{3}"));
            mix.post("Snare too loud here");
            assertThat(master.comment("Snare too loud here")).isVisible(LIVE);

            ApiClient.demo(port, "mix").post("/api/revisions/" + revisionUrl.replaceAll(".*/", "") + "/comments",
                    Map.of("startSeconds", 6.0, "text", "Posted from a script"));
            assertThat(master.comment("Posted from a script")).isVisible(LIVE);

            master.reply("Boxy low mids", "Cut 2 dB at 300 Hz");
            assertThat(mix.comment("Boxy low mids").getByText("Cut 2 dB at 300 Hz")).isVisible(LIVE);

            master.comment("Boxy low mids").getByRole(AriaRole.BUTTON,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Resolve")).click();
            assertThat(mix.comment("Boxy low mids")).isHidden(new LocatorAssertions.IsHiddenOptions()
                    .setTimeout(5_000));
            mix.show("Resolved");
            assertThat(mix.comment("Boxy low mids").getByText("Resolved by master")).isVisible();
            assertThat(mix.comment("Boxy low mids").getByRole(AriaRole.BUTTON,
                    new com.microsoft.playwright.Locator.GetByRoleOptions().setName("Reopen"))).isVisible();
        } finally {
            masterContext.close();
        }
    }
}

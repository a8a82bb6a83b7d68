package org.mixroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mixroom.TestWavs;
import org.mixroom.e2e.pages.LoginPage;
import org.mixroom.e2e.pages.ProjectPage;
import org.mixroom.e2e.pages.RevisionPage;
import org.mixroom.e2e.pages.TrackPage;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;

/**
 * A round of approval: the artist approves the mix in their browser while the engineer watches the project
 * page turn to "Approved"; the next mix brings the open note of the first along ("open from v1"), and the
 * artist asks for changes to it.
 */
class ApprovalJourneyIT extends BrowserSupport {

    private static final LocatorAssertions.IsVisibleOptions LIVE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(5_000);

    @Test
    void theArtistApprovesAndTheNextMixCarriesTheOpenNoteForward() {
        ProjectPage project = LoginPage.signIn(page, "mix").createProject("Approval EP");
        project.addTrack("Finale").addMember("artist", "artist");
        assertThat(project.trackState("Finale", "In progress")).isVisible();
        String projectUrl = page.url();

        TrackPage track = project.openTrack("Finale");
        track.upload("finale-v1.wav", TestWavs.sine(4, -16), "First mix");
        assertThat(track.status("Ready")).isVisible();
        RevisionPage mix = track.openRevision(1);
        mix.post("Vocals too quiet in the chorus");
        assertThat(mix.comment("Vocals too quiet in the chorus")).isVisible();
        assertThat(mix.approval()).hasText("Not approved yet.");
        String revisionUrl = page.url();

        page.navigate(projectUrl);
        assertThat(project.trackState("Finale", "Awaiting approval")).isVisible();

        BrowserContext artistContext = newContext();
        try {
            Page artistPage = artistContext.newPage();
            LoginPage.signIn(artistPage, "artist");
            artistPage.navigate(revisionUrl);
            RevisionPage artist = new RevisionPage(artistPage);
            artist.approve();
            assertThat(artist.approval())
                    .hasText(Pattern.compile("^Approved by artist on .+ — SHA-256 [0-9a-f]{64}$"));

            assertThat(project.trackState("Finale", "Approved")).isVisible(LIVE);
            // the project's history says so too
            assertThat(page.getByText(Pattern.compile("^artist approved revision 1 of “Finale” \\(SHA-256 ")))
                    .isVisible(LIVE);

            track = project.openTrack("Finale");
            track.upload("finale-v2.wav", TestWavs.sine(4, -15), "Vocals up");
            assertThat(track.revisionLink(2)).isVisible();
            RevisionPage second = track.openRevision(2);
            assertThat(second.comment("Vocals too quiet in the chorus").getByText("open from v1")).isVisible();

            artistPage.navigate(page.url());
            new RevisionPage(artistPage).requestChanges("Still a little quiet");
            assertThat(new RevisionPage(artistPage).approval())
                    .hasText(Pattern.compile("^Changes requested by artist on .+: Still a little quiet$"));

            page.navigate(projectUrl);
            assertThat(project.trackState("Finale", "Changes requested")).isVisible();
        } finally {
            artistContext.close();
        }
    }
}

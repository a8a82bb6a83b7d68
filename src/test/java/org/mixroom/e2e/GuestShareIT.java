package org.mixroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.TestWavs;
import org.mixroom.e2e.pages.LoginPage;
import org.mixroom.e2e.pages.RevisionPage;
import org.mixroom.e2e.pages.SharePage;
import org.mixroom.e2e.pages.TrackPage;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * A guest without an account opens a share link in a browser that has never signed in: listens, comments only
 * when the link allows it, and finds a plain sentence once the link is revoked.
 */
class GuestShareIT extends BrowserSupport {

    @org.springframework.boot.test.web.server.LocalServerPort
    private int port;

    private static final LocatorAssertions.IsVisibleOptions LIVE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(5_000);

    private RevisionPage analysedRevision(String project) {
        TrackPage track = LoginPage.signIn(page, "mix").createProject(project).addTrack("Shared song")
                .openTrack("Shared song");
        track.upload("shared.wav", TestWavs.sine(6, -16), "for the label");
        assertThat(track.status("Ready")).isVisible();
        return track.openRevision(1);
    }

    @Test
    void aListenOnlyGuestPlaysButHasNoWayToCommentUntilTheLinkIsRevoked() {
        RevisionPage revision = analysedRevision("Label preview");
        revision.post("Owner's note");
        String link = revision.share("Listen");

        BrowserContext guestContext = newContext();
        try {
            Page guestPage = guestContext.newPage();
            guestPage.navigate(link);
            SharePage guest = new SharePage(guestPage);
            assertThat(guest.heading("Shared song · revision 1")).isVisible();
            assertThat(guest.waveform()).isVisible();
            assertThat(guest.comment("Owner's note")).isVisible();

            Response audio = guestPage.waitForResponse(r -> r.url().contains("/api/share/") && r.url().contains(
                    "/audio"), () -> guest.playButton().click());
            org.assertj.core.api.Assertions.assertThat(audio.status()).isIn(200, 206);
            assertThat(guest.waveform()).not().hasAttribute("aria-valuetext",
                    java.util.regex.Pattern.compile("^0:00\\.000 of"));

            assertThat(guestPage.getByRole(AriaRole.TEXTBOX)).hasCount(0);
            assertThat(guestPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")))
                    .hasCount(0);
            assertThat(guestPage.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Download")))
                    .hasCount(0);
            assertThat(guestPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out")))
                    .hasCount(0);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke link created")
                    .setExact(false)).click();
            assertThat(page.getByText("Link revoked: it no longer works.")).isVisible();

            guestPage.navigate(link);
            assertThat(guestPage.getByText("This link has expired or was revoked.")).isVisible();
            assertThat(guestPage).hasURL(link);
            assertThat(guest.waveform()).hasCount(0);
            assertThat(guestPage.getByText("Exception")).hasCount(0);
        } finally {
            guestContext.close();
        }
    }

    @Test
    void aGuestCommentsUnderTheirNameAndTheTeamSeesItLive() {
        RevisionPage revision = analysedRevision("Label feedback");
        String link = revision.share("Listen and comment");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close")).click();

        BrowserContext guestContext = newContext();
        try {
            Page guestPage = guestContext.newPage();
            guestPage.navigate(link);
            SharePage guest = new SharePage(guestPage);
            assertThat(guest.heading("Shared song · revision 1")).isVisible();
            guestPage.getByLabel("Start", new Page.GetByLabelOptions().setExact(true)).fill("0:02.000");
            guest.comment("Ana", "The hook could come in earlier");

            Locator posted = guest.comment("The hook could come in earlier");
            assertThat(posted).isVisible();
            assertThat(posted).hasAttribute("aria-label", "Comment by Ana (guest) at 0:02.000");
            assertThat(revision.comment("The hook could come in earlier")).isVisible(LIVE);
            assertThat(revision.comment("The hook could come in earlier").getByText("Ana (guest)",
                    new Locator.GetByTextOptions().setExact(false))).isVisible();
        } finally {
            guestContext.close();
        }
    }

    @Test
    void aPasswordLinkAsksOnceAndThenPlays() {
        analysedRevision("Private preview");
        String revisionId = page.url().replaceAll(".*/", "");
        String link = ApiClient.demo(port, "mix").post("/api/revisions/" + revisionId + "/share-links",
                Map.of("permission", "LISTEN", "password", "backstage")).json().get("url").asString();

        BrowserContext guestContext = newContext();
        try {
            Page guestPage = guestContext.newPage();
            guestPage.navigate(link);
            SharePage guest = new SharePage(guestPage);
            assertThat(guest.waveform()).hasCount(0);
            Locator password = guestPage.getByLabel("Password", new Page.GetByLabelOptions().setExact(true));
            password.fill("front door");
            guestPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open")).click();
            assertThat(password.locator("xpath=ancestor::vaadin-password-field")).hasAttribute("invalid", "");
            assertThat(guestPage.getByText("The password for this link is wrong.").first()).isVisible();

            guestPage.getByLabel("Password", new Page.GetByLabelOptions().setExact(true)).fill("backstage");
            guestPage.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Open")).click();
            assertThat(guest.heading("Shared song · revision 1")).isVisible();
            Response audio = guestPage.waitForResponse(r -> r.url().contains("/audio"),
                    () -> guest.playButton().click());
            org.assertj.core.api.Assertions.assertThat(audio.status()).isIn(200, 206);

            guestPage.reload();
            assertThat(guest.heading("Shared song · revision 1")).isVisible();
        } finally {
            guestContext.close();
        }
    }
}

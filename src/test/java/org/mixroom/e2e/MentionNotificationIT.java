package org.mixroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.mixroom.ApiClient;
import org.mixroom.TestWavs;
import org.mixroom.e2e.pages.LoginPage;
import org.mixroom.e2e.pages.RevisionPage;
import org.mixroom.e2e.pages.TopBar;
import org.springframework.boot.test.web.server.LocalServerPort;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/**
 * The mastering engineer mentions the artist in a comment; the artist, on another page in their own browser,
 * sees the bell count go up without a reload, and its link opens the revision at that comment. The artist then
 * gives the address for notification mail on the notifications page.
 */
class MentionNotificationIT extends BrowserSupport {

    /** Live updates must arrive well within this, without a reload. */
    private static final LocatorAssertions.IsVisibleOptions LIVE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(5_000);

    @LocalServerPort
    private int port;

    @Test
    void theArtistSeesTheMentionLiveAndItsLinkOpensTheComment() {
        ApiClient mix = ApiClient.demo(port, "mix");
        UUID project = mix.post("/api/projects", Map.of("name", "Mentions")).id();
        for (String member : new String[] {"master", "artist"}) {
            mix.post("/api/projects/" + project + "/members", Map.of("username", member, "role", "ARTIST"));
        }
        UUID track = mix.post("/api/projects/" + project + "/tracks", Map.of("title", "Ballad")).id();
        UUID revision = mix.upload("/api/tracks/" + track + "/revisions", "ballad.wav", TestWavs.sine(4, -20),
                "first").id();
        for (int i = 1; i <= 12; i++) {
            mix.post("/api/revisions/" + revision + "/comments", Map.of("startSeconds", i * 0.1,
                    "text", "Note " + i));
        }
        ApiClient.demo(port, "artist").post("/api/notifications/read-all", Map.of());

        LoginPage.signIn(page, "artist");
        TopBar artist = new TopBar(page);
        assertThat(artist.bell(0)).isVisible();

        BrowserContext masterContext = newContext();
        try {
            Page masterPage = masterContext.newPage();
            LoginPage.signIn(masterPage, "master");
            masterPage.navigate("/revisions/" + revision);
            RevisionPage master = new RevisionPage(masterPage);
            masterPage.getByLabel("Start", new Page.GetByLabelOptions().setExact(true)).fill("0:03.000");
            master.post("@artist the vocal drops out here");
            Locator posted = master.comment("the vocal drops out here");
            assertThat(posted.locator(".mention")).hasText("@artist");
        } finally {
            masterContext.close();
        }

        assertThat(artist.bell(1)).isVisible(LIVE);
        Locator list = artist.openNotifications(1);
        list.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Mastering engineer mentioned you in a comment on Ballad · revision 1")).click();

        assertThat(page).hasURL(Pattern.compile("/revisions/" + revision + "\\?comment="));
        Locator comment = new RevisionPage(page).comment("the vocal drops out here");
        assertThat(comment).hasAttribute("aria-current", "true");
        assertThat(comment).isInViewport();
        assertThat(comment.locator(".mention")).hasText("@artist");
        assertThat(artist.bell(0)).isVisible();

        // /notifications lists them all, with the address notification mail goes to
        page.navigate("/notifications");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions()
                .setName("Mastering engineer mentioned you in a comment on Ballad · revision 1"))).isVisible();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("E-mail for notifications"))
                .fill("artist@example.test");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save address")).click();
        assertThat(page.getByText("Notifications will be mailed to artist@example.test.")).isVisible();
        ApiClient artistApi = ApiClient.demo(port, "artist");
        org.assertj.core.api.Assertions.assertThat(artistApi.get("/api/me").json().get("email").asString())
                .isEqualTo("artist@example.test");
        Map<String, Object> none = new HashMap<>();
        none.put("email", null);
        artistApi.put("/api/me/email", none);
    }
}

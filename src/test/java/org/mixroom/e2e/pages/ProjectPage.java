package org.mixroom.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** {@code /projects/{id}}: tracks in album order and members. */
public record ProjectPage(Page page) {

    public ProjectPage addTrack(String title) {
        page.getByLabel("Track title", new Page.GetByLabelOptions().setExact(true)).fill(title);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add track")).click();
        assertThat(trackLink(title)).isVisible();
        return this;
    }

    public ProjectPage addMember(String username, String role) {
        page.getByLabel("Username", new Page.GetByLabelOptions().setExact(true)).fill(username);
        page.getByLabel("Role", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(role).setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add member")).click();
        assertThat(page.getByText(username + " is now " + role + ".")).isVisible();
        return this;
    }

    /** Uploads a reference through the project page's "Upload reference". */
    public ProjectPage uploadReference(String fileName, byte[] wav) {
        page.waitForFileChooser(() -> page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Upload reference")).click())
                .setFiles(new com.microsoft.playwright.options.FilePayload(fileName, "audio/wav", wav));
        return this;
    }

    public Locator trackLink(String title) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title).setExact(true));
    }

    public Locator moveButton(String title, String direction) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Move " + title + " " + direction));
    }

    public TrackPage openTrack(String title) {
        trackLink(title).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setExact(true)))
                .isVisible();
        return new TrackPage(page);
    }
}

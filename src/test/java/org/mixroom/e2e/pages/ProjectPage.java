package org.mixroom.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** {@code /projects/{id}}: tracks in album order with their state, members and history. */
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

    /** The badge that shows a track's state, e.g. "Approved". */
    public Locator trackState(String title, String state) {
        return page.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName(title + ": " + state)
                .setExact(true));
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

    /** Makes a one-time invitation link with {@code role} and returns its address. */
    public String invite(String role) {
        page.getByLabel("Invite as", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(role).setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create invitation link")).click();
        Locator link = page.getByLabel("Invitation link", new Page.GetByLabelOptions().setExact(true));
        assertThat(link).hasValue(java.util.regex.Pattern.compile("/invitations/"));
        return link.inputValue();
    }

    public Locator roleOf(String username) {
        return page.getByLabel("Role of " + username, new Page.GetByLabelOptions().setExact(true));
    }

    public ProjectPage changeRole(String username, String role) {
        roleOf(username).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(role).setExact(true)).click();
        assertThat(page.getByText(username + " is now " + role + ".")).isVisible();
        return this;
    }

    public ProjectPage remove(String username) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Remove " + username)).click();
        assertThat(page.getByText(username + " is no longer a member.")).isVisible();
        return this;
    }
}

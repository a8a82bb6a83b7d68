package org.mixroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mixroom.e2e.pages.LoginPage;
import org.mixroom.e2e.pages.ProjectPage;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;

/** An owner invites someone by a one-time link; they sign in, join, and the owner manages their role. */
class InvitationIT extends BrowserSupport {

    private static final LocatorAssertions.IsVisibleOptions LIVE =
            new LocatorAssertions.IsVisibleOptions().setTimeout(5_000);

    @Test
    void theInvitedPersonSignsInJoinsOnceAndTheOwnerManagesThem() {
        ProjectPage project = LoginPage.signIn(page, "mix").createProject("Invited Sessions");
        String invitation = project.invite("artist");

        BrowserContext invitedContext = newContext();
        try {
            Page invited = invitedContext.newPage();
            invited.navigate(invitation);
            // signed out: the login form first, then back to the invitation, which joins and opens the project
            assertThat(invited.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")))
                    .isVisible();
            LoginPage.submit(invited, "master");
            assertThat(invited.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Invited Sessions")))
                    .isVisible();
            assertThat(invited.getByText("You joined Invited Sessions as artist.")).isVisible();
            assertThat(project.roleOf("master")).isVisible(LIVE);

            // the link works once only
            invited.navigate(invitation);
            assertThat(invited.getByText("This invitation has expired or has been used already.")).isVisible();

            project.changeRole("master", "viewer");
            project.remove("master");
            assertThat(project.roleOf("master")).isHidden();
            invited.reload();
            assertThat(invited.getByText("Invited Sessions")).hasCount(0);
        } finally {
            invitedContext.close();
        }
    }
}

package org.mixroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mixroom.e2e.pages.LoginPage;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** Only members see a project: not in their list, not at its address. */
class MembershipIT extends BrowserSupport {

    @Test
    void someoneWhoIsNotAMemberSeesNeitherTheProjectNorItsTracks() {
        LoginPage.signIn(page, "mix").createProject("Private Sessions").addTrack("Secret Song");
        String projectUrl = page.url();

        BrowserContext otherContext = newContext();
        try {
            Page other = otherContext.newPage();
            LoginPage.signIn(other, "artist");
            assertThat(other.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Projects")))
                    .isVisible();
            assertThat(other.getByText("Private Sessions")).hasCount(0);

            other.navigate(projectUrl);
            assertThat(other.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Not found")))
                    .isVisible();
            assertThat(other.getByText("Secret Song")).hasCount(0);
            assertThat(other.getByText("Private Sessions")).hasCount(0);
        } finally {
            otherContext.close();
        }
    }
}

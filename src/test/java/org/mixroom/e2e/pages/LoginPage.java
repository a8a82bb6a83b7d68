package org.mixroom.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.mixroom.RunningApp;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The sign-in form every signed-out visitor gets. */
public final class LoginPage {
    private LoginPage() {
    }

    /** Signs in as one of the demo accounts and waits for the projects list. */
    public static ProjectsPage signIn(Page page, String username) {
        page.navigate("/login");
        submit(page, username);
        return new ProjectsPage(page);
    }

    /** Fills in and sends the sign-in form the page shows, e.g. after being sent to it from another address. */
    public static void submit(Page page, String username) {
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username")).fill(username);
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"))
                .fill(RunningApp.DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Log in")).click();
        assertThat(page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign out"))).isVisible();
    }
}

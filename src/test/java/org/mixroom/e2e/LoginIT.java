package org.mixroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.mixroom.RunningApp;

class LoginIT extends BrowserSupport {

    @Test
    void aSignedOutVisitorOfTheRootSignsInWithTheEnterKey() {
        page.navigate("/");

        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        Locator username = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username"));
        Locator password = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"));
        assertThat(username).isVisible();
        assertThat(password).isVisible();

        username.fill("mix");
        password.fill(RunningApp.DEMO_PASSWORD);
        password.press("Enter");

        assertThat(page.getByText("Signed in as Mix engineer (mix).")).isVisible();
        // Spring Security marks the saved request it returns to with "?continue".
        assertThat(page).hasURL(Pattern.compile(".*/(\\?continue)?$"));
    }

    @Test
    void aWrongPasswordKeepsTheVisitorOnTheLoginPageWithAMessage() {
        page.navigate("/login");
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Username")).fill("mix");
        Locator password = page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Password"));
        password.fill("not the password");
        password.press("Enter");

        assertThat(page).hasURL(Pattern.compile(".*/login\\?error$"));
        assertThat(page.getByText("Incorrect username or password")).isVisible();
    }
}

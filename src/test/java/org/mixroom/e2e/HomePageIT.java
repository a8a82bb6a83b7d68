package org.mixroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

class HomePageIT extends BrowserSupport {

    @Test
    void showsTheMixroomHeading() {
        page.navigate("/");

        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Mixroom")))
                .isVisible();
        assertThat(page).hasTitle("Mixroom");
    }
}

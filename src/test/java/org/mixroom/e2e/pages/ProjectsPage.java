package org.mixroom.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** {@code /}: the projects of the signed-in user. */
public record ProjectsPage(Page page) {

    public ProjectPage createProject(String name) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("New project")).click();
        page.getByLabel("Project name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create project")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(name))).isVisible();
        return new ProjectPage(page);
    }
}

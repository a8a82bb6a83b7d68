package org.mixroom.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import org.junit.jupiter.api.Test;
import org.mixroom.e2e.pages.LoginPage;
import org.mixroom.e2e.pages.ProjectPage;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.Position;

/** The album order: by keyboard with the move buttons, and by dragging a row. */
class TrackOrderIT extends BrowserSupport {

    @Test
    void tracksMoveByKeyboardAndByDrag() {
        ProjectPage project = LoginPage.signIn(page, "master").createProject("Running Order")
                .addTrack("Opener").addTrack("Ballad").addTrack("Closer");

        project.moveButton("Closer", "up").focus();
        page.keyboard().press("Enter");
        assertThat(project.moveButton("Ballad", "down")).isDisabled();

        Locator opener = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Opener"));
        Locator ballad = page.locator("vaadin-grid-cell-content").filter(new Locator.FilterOptions().setHasText("Ballad"));
        double height = ballad.boundingBox().height;
        opener.dragTo(ballad, new Locator.DragToOptions().setTargetPosition(new Position(5, height - 1)));

        assertThat(project.moveButton("Opener", "down")).isDisabled();
        assertThat(project.moveButton("Closer", "up")).isDisabled();
    }
}

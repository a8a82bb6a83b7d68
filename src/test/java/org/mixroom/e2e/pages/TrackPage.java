package org.mixroom.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.FilePayload;

/** {@code /tracks/{id}}: revisions and the upload. */
public record TrackPage(Page page) {

    public TrackPage upload(String fileName, byte[] wav, String note) {
        page.getByLabel("Change note", new Page.GetByLabelOptions().setExact(true)).fill(note);
        page.locator("vaadin-upload input[type=file]").setInputFiles(new FilePayload(fileName, "audio/wav", wav));
        return this;
    }

    public Locator revisionLink(int number) {
        return page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Revision " + number)
                .setExact(true));
    }

    public Locator status(String text) {
        return page.getByText(text, new Page.GetByTextOptions().setExact(true));
    }

    /** Picks A and B by their labels ("Revision 1", "Reference master.wav") and opens the comparison. */
    public ComparePage compare(String a, String b) {
        for (var side : java.util.List.of(java.util.Map.entry("A", a), java.util.Map.entry("B", b))) {
            page.getByLabel(side.getKey(), new Page.GetByLabelOptions().setExact(true)).click();
            page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(side.getValue()).setExact(true))
                    .click();
            assertThat(page.getByRole(AriaRole.LISTBOX)).hasCount(0); // closed before the other side opens
        }
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Compare").setExact(true)).click();
        assertThat(page.locator("mixroom-ab-player")).isVisible();
        return new ComparePage(page);
    }

    public RevisionPage openRevision(int number) {
        revisionLink(number).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("revision " + number)))
                .isVisible();
        return new RevisionPage(page);
    }
}

package org.mixroom.e2e.pages;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.BoundingBox;

/** {@code /revisions/{id}}: player, analysis, comment form and comments. */
public record RevisionPage(Page page) {

    public Locator waveform() {
        return page.getByRole(AriaRole.SLIDER, new Page.GetByRoleOptions().setName("Waveform"));
    }

    /** Types a whole comment and posts it with Ctrl+Enter. */
    public RevisionPage commentByKeyboard(String start, String end, String lowHz, String highHz, String category,
            String text) {
        page.getByLabel("Start", new Page.GetByLabelOptions().setExact(true)).fill(start);
        page.getByLabel("End", new Page.GetByLabelOptions().setExact(true)).fill(end);
        page.getByLabel("Low (Hz)", new Page.GetByLabelOptions().setExact(true)).fill(lowHz);
        page.getByLabel("High (Hz)", new Page.GetByLabelOptions().setExact(true)).fill(highHz);
        page.getByLabel("Category", new Page.GetByLabelOptions().setExact(true)).focus();
        page.keyboard().press("Enter");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(category).setExact(true)).click();
        Locator comment = page.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true));
        comment.fill(text);
        comment.press("Control+Enter");
        return this;
    }

    /** Drags across the waveform from one fraction of its width to another, to select a range. */
    public RevisionPage selectByMouse(double from, double to) {
        waveform().scrollIntoViewIfNeeded();
        BoundingBox box = waveform().boundingBox();
        double y = box.y + 50;
        page.mouse().move(box.x + box.width * from, y);
        page.mouse().down();
        page.mouse().move(box.x + box.width * to, y, new com.microsoft.playwright.Mouse.MoveOptions().setSteps(12));
        page.mouse().up();
        return this;
    }

    public RevisionPage post(String text) {
        page.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true)).fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        return this;
    }

    /** The comment whose text contains {@code text}. */
    public Locator comment(String text) {
        return page.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText(text));
    }

    public RevisionPage reply(String commentText, String reply) {
        Locator card = comment(commentText);
        card.getByRole(AriaRole.TEXTBOX).fill(reply);
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Send reply")).click();
        assertThat(card.getByText(reply)).isVisible();
        return this;
    }

    public RevisionPage show(String which) {
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName(which).setExact(true)).check();
        return this;
    }

    /** Opens the Share dialog, makes a link that lets guests do {@code permission}, and returns its address. */
    public String share(String permission) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Share").setExact(true)).click();
        page.getByLabel("Guests may", new Page.GetByLabelOptions().setExact(true)).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(permission).setExact(true)).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create link")).click();
        Locator link = page.getByLabel("Link", new Page.GetByLabelOptions().setExact(true));
        assertThat(link).hasValue(java.util.regex.Pattern.compile("/share/"));
        return link.inputValue();
    }
}

package org.mixroom.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** {@code /share/{token}}: what a guest without an account sees through a share link. */
public record SharePage(Page page) {

    public Locator heading(String text) {
        return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(text));
    }

    public Locator waveform() {
        return page.getByRole(AriaRole.SLIDER, new Page.GetByRoleOptions().setName("Waveform"));
    }

    public Locator playButton() {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Play or pause"));
    }

    public SharePage comment(String name, String text) {
        page.getByLabel("Your name", new Page.GetByLabelOptions().setExact(true)).fill(name);
        page.getByLabel("Comment", new Page.GetByLabelOptions().setExact(true)).fill(text);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Post comment")).click();
        return this;
    }

    /** The comment whose text contains {@code text}. */
    public Locator comment(String text) {
        return page.getByRole(AriaRole.ARTICLE).filter(new Locator.FilterOptions().setHasText(text));
    }
}

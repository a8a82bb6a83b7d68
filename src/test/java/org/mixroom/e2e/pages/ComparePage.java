package org.mixroom.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** {@code /compare?a&b}: the A/B player. */
public record ComparePage(Page page) {

    public Locator player() {
        return page.locator("mixroom-ab-player");
    }

    public Locator button(String name) {
        return page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    public Locator toggle(String name) {
        return page.getByRole(AriaRole.SWITCH, new Page.GetByRoleOptions().setName(name).setExact(true));
    }

    public Locator offset() {
        return page.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName("Level offset"));
    }

    public Locator score() {
        return page.getByRole(AriaRole.STATUS, new Page.GetByRoleOptions().setName("Score"));
    }

    /** The playhead (s), the audio clock (s) and the page's own clock (ms), read at the same moment. */
    public Clocks clocks() {
        java.util.List<?> values = (java.util.List<?>) player().evaluate(
                "el => [el.playhead, el.audioTime, performance.now()]");
        return new Clocks(((Number) values.get(0)).doubleValue(), ((Number) values.get(1)).doubleValue(),
                ((Number) values.get(2)).doubleValue() / 1000);
    }

    /** All in seconds. */
    public record Clocks(double playhead, double audio, double wall) {
    }
}

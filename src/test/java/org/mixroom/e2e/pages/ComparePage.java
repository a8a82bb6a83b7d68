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

    /** The playhead (s) read from the audio clock, and the page's own clock (ms) at the same moment. */
    public double[] playheadAndWallClock() {
        Object result = player().evaluate("el => [el.playhead, performance.now()]");
        java.util.List<?> pair = (java.util.List<?>) result;
        return new double[] {((Number) pair.get(0)).doubleValue(), ((Number) pair.get(1)).doubleValue()};
    }
}

package org.mixroom.e2e.pages;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/** The bar at the top of every signed-in page, with the notifications bell. */
public record TopBar(Page page) {

    /** The bell, by its name, which says how many notifications are unread. */
    public Locator bell(int unread) {
        return page.getByRole(AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Notifications, " + unread + " unread").setExact(true));
    }

    /** Opens the list of notifications. */
    public Locator openNotifications(int unread) {
        bell(unread).click();
        return page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Notifications"));
    }
}

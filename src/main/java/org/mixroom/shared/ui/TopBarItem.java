package org.mixroom.shared.ui;

import org.mixroom.shared.security.MixroomUser;

import com.vaadin.flow.component.Component;

/**
 * Something a feature puts in the top bar of every signed-in page, such as the notifications bell: a bean of
 * this type makes a fresh component for each page's layout. This way the layout shows features it knows
 * nothing of.
 */
public interface TopBarItem {

    Component create(MixroomUser user);
}

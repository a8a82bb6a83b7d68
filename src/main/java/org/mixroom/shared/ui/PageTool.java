package org.mixroom.shared.ui;

import java.util.Optional;
import java.util.UUID;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.upload.Upload;

/**
 * A control that a higher module adds to a page of a lower one (sharing adds "Share" to the revision page and
 * invitation links to the project's members, revisions its references below the tracks), so the page need not know that module. Implementations are
 * Spring beans; the page asks each one for a fresh component.
 *
 * <p>The production bundle loads the web components it finds from a page's classes with the page; tools are
 * found only at run time, so the components they use beyond the pages' own are named here.
 */
@Uses(Upload.class)
public interface PageTool {

    /** Where a tool goes, and what the id given to {@link #create} names. */
    enum Place {
        /** Below a project's tracks; the id is the project's. */
        PROJECT_TRACKS,
        /** Below a project's members; the id is the project's. */
        PROJECT_MEMBERS,
        /** Beside a revision's heading; the id is the revision's. */
        REVISION
    }

    Place place();

    /** The control for {@code viewer}, or empty if the viewer may not use it. */
    Optional<Component> create(UUID viewer, UUID id);
}

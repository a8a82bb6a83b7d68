package org.mixroom.project.ui;

import java.util.UUID;

import org.mixroom.project.ProjectRole;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.upload.Upload;

/**
 * A part of the project page that a feature above the project module contributes (the project knows nothing of
 * revisions): a Spring bean that makes a fresh component for each page shown.
 *
 * <p>The production bundle loads each page's web components with the page, found from its classes; sections are
 * found only at run time, so the components they use are named here.
 */
@Uses(Upload.class)
public interface ProjectSection {
    /** The section for {@code viewer}, a member of the project with {@code role}. */
    Component create(UUID viewer, UUID projectId, ProjectRole role);
}

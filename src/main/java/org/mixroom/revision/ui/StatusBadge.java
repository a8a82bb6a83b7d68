package org.mixroom.revision.ui;

import org.mixroom.revision.RevisionView;

import com.vaadin.flow.component.html.Span;

/** A revision's analysis status in words: Queued, Analysing, Ready, or Failed with the reason. */
class StatusBadge extends Span {

    StatusBadge(RevisionView revision) {
        switch (revision.status()) {
            case QUEUED -> setText("Queued");
            case ANALYSING -> setText("Analysing");
            case READY -> setText("Ready");
            case FAILED -> setText("Failed: " + revision.failure());
        }
        getElement().getThemeList().add("badge");
        switch (revision.status()) {
            case READY -> getElement().getThemeList().add("success");
            case FAILED -> getElement().getThemeList().add("error");
            default -> getElement().getThemeList().add("contrast");
        }
    }
}

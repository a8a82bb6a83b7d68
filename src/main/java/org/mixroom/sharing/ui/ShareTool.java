package org.mixroom.sharing.ui;

import java.util.Optional;
import java.util.UUID;

import org.mixroom.shared.ui.PageTool;
import org.mixroom.sharing.ShareLinks;
import org.springframework.stereotype.Component;

import com.vaadin.flow.component.button.Button;

/** The revision page's "Share" button, for those who may share (owners and engineers). */
@Component
class ShareTool implements PageTool {

    private final ShareLinks links;

    ShareTool(ShareLinks links) {
        this.links = links;
    }

    @Override
    public Place place() {
        return Place.REVISION;
    }

    @Override
    public Optional<com.vaadin.flow.component.Component> create(UUID viewer, UUID revisionId) {
        if (!links.mayShare(viewer, revisionId)) {
            return Optional.empty();
        }
        return Optional.of(new Button("Share", click -> new ShareDialog(links, viewer, revisionId).open()));
    }
}

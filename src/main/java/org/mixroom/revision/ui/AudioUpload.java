package org.mixroom.revision.ui;

import java.io.IOException;
import java.io.InputStream;
import java.util.function.Consumer;

import org.mixroom.revision.RevisionService;
import org.mixroom.revision.RevisionView;
import org.mixroom.shared.DataSizes;
import org.mixroom.shared.ui.Notices;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadEvent;

/** An upload of one audio file, streamed straight into the revision service, never into memory. */
class AudioUpload extends Upload {

    /** Stores the file as a revision; runs on the upload's request thread. */
    interface Store {
        RevisionView store(UI ui, String fileName, InputStream content) throws IOException;
    }

    private final RevisionService revisions;
    private final Store store;
    private final Consumer<RevisionView> stored;

    /**
     * @param buttonText the upload button's text; null for Vaadin's own
     * @param stored     what to do once the revision is stored, inside {@link UI#access}
     */
    AudioUpload(String buttonText, RevisionService revisions, Store store, Consumer<RevisionView> stored) {
        this.revisions = revisions;
        this.store = store;
        this.stored = stored;
        setUploadHandler(this::receive);
        if (buttonText != null) {
            setUploadButton(new Button(buttonText));
        }
        setAcceptedFileTypes(".wav", ".wave", ".aif", ".aiff", ".aifc", ".flac", ".mp3", ".m4a", ".ogg", ".opus",
                "audio/*");
        setMaxFiles(1);
        setMaxFileSize((int) Math.min(Integer.MAX_VALUE, revisions.maxUploadBytes()));
        addFileRejectedListener(e -> Notices.failed(e.getErrorMessage()));
        addAllFinishedListener(e -> clearFileList());
    }

    private void receive(UploadEvent event) {
        UI ui = event.getUI();
        if (event.getFileSize() > revisions.maxUploadBytes()) {
            String message = "The file is larger than the upload limit of "
                    + DataSizes.human(revisions.maxUploadBytes()) + ".";
            event.reject(message);
            ui.access(() -> Notices.failed(message));
            return;
        }
        try {
            RevisionView revision = store.store(ui, event.getFileName(), event.getInputStream());
            ui.access(() -> stored.accept(revision));
        } catch (Exception e) {
            String message = e.getMessage() == null ? "The upload failed." : e.getMessage();
            event.reject(message);
            ui.access(() -> Notices.failed(message));
        }
    }
}

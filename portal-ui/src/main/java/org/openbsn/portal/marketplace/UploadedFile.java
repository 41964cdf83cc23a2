package org.openbsn.portal.marketplace;

import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.openbsn.portal.ui.UploadTexts;

/** One file an Upload component received, kept in memory until the form is sent. */
final class UploadedFile {

    private volatile String name;
    private volatile byte[] bytes;

    /** An upload of one file of at most {@code maxBytes}, of the given types, into this holder. */
    Upload upload(String id, int maxBytes, String... acceptedTypes) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            name = metadata.fileName();
            bytes = data;
        }));
        upload.setId(id);
        upload.setI18n(UploadTexts.get());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(maxBytes);
        upload.setAcceptedFileTypes(acceptedTypes);
        upload.addFileRemovedListener(removed -> clear());
        return upload;
    }

    boolean present() {
        return bytes != null;
    }

    String name() {
        return name;
    }

    byte[] bytes() {
        return bytes;
    }

    void clear() {
        name = null;
        bytes = null;
    }
}

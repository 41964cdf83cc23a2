package org.openbsn.portal.ui;

import java.util.List;

import com.vaadin.flow.component.upload.UploadI18N;

/** The words of Vaadin's upload field ("Drop file here", "Upload File…") in the person's language. */
public final class UploadTexts {

    private UploadTexts() {
    }

    public static UploadI18N get() {
        return new UploadI18N()
                .setDropFiles(new UploadI18N.DropFiles().setOne(Texts.t("upload.drop.one")).setMany(Texts.t("upload.drop.many")))
                .setAddFiles(new UploadI18N.AddFiles().setOne(Texts.t("upload.add.one")).setMany(Texts.t("upload.add.many")))
                .setError(new UploadI18N.Error().setTooManyFiles(Texts.t("upload.error.too-many"))
                        .setFileIsTooBig(Texts.t("upload.error.too-big"))
                        .setIncorrectFileType(Texts.t("upload.error.type")))
                .setUploading(new UploadI18N.Uploading()
                        .setStatus(new UploadI18N.Uploading.Status().setConnecting(Texts.t("upload.status.connecting"))
                                .setStalled(Texts.t("upload.status.stalled"))
                                .setProcessing(Texts.t("upload.status.processing"))
                                .setHeld(Texts.t("upload.status.held")))
                        .setRemainingTime(new UploadI18N.Uploading.RemainingTime()
                                .setPrefix(Texts.t("upload.remaining.prefix"))
                                .setUnknown(Texts.t("upload.remaining.unknown")))
                        .setError(new UploadI18N.Uploading.Error()
                                .setServerUnavailable(Texts.t("upload.failed.unavailable"))
                                .setUnexpectedServerError(Texts.t("upload.failed.unexpected"))
                                .setForbidden(Texts.t("upload.failed.forbidden"))))
                .setFile(new UploadI18N.File().setRetry(Texts.t("upload.file.retry")).setStart(Texts.t("upload.file.start"))
                        .setRemove(Texts.t("upload.file.remove")))
                .setUnits(List.of("B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"));
    }
}

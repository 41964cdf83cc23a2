package org.openbsn.marketplace.api;

/** A package file to hand to a browser: its file name and bytes. */
public record PackageDownload(String fileName, byte[] bytes) {
}

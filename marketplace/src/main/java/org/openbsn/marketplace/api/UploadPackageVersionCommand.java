package org.openbsn.marketplace.api;

/**
 * An author uploads a version: the Fabric chaincode package ({@code .tar.gz}, type ccaas, with the runnable
 * chaincode jar) and its manifest (JSON). Both are inspected as hostile input before anything is kept; the reply
 * is the package id (one package per author and manifest name).
 */
public record UploadPackageVersionCommand(String authorId, byte[] packageBytes, byte[] manifestJson, String version,
                                          String changelog, Pricing pricing) {
}

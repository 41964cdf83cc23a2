package org.openbsn.infra.ledger;

import java.util.Optional;

/**
 * Where the ledger side finds a marketplace chaincode package to run: its Fabric package file ({@code .tar.gz}, type
 * ccaas, with the runnable chaincode jar in {@code code.tar.gz}) by Fabric package id. Provided by the marketplace.
 */
public interface ChaincodePackages {

    /** The package file of this Fabric package id, if the marketplace holds it. */
    Optional<byte[]> packageFile(String fabricPackageId);
}

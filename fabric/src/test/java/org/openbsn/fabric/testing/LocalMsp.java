package org.openbsn.fabric.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyPair;
import java.util.List;
import java.util.Locale;

import org.openbsn.fabric.msp.Ecdsa;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;

/** Writes what a Fabric process reads from disk: its local MSP folder (NodeOUs on) and its TLS files. */
final class LocalMsp {

    /** The TLS files of one node, by path and as PEM text. */
    record TlsFiles(Path certificate, Path privateKey, Path ca, String certificatePem, String privateKeyPem) {
    }

    private static final String CA_FILE = "cacerts/ca.pem";

    private LocalMsp() {
    }

    /** The DNS-like domain of an organisation, e.g. {@code node1.openbsn.test} for {@code Node1MSP}. */
    static String domainOf(String mspId) {
        String name = mspId.endsWith("MSP") ? mspId.substring(0, mspId.length() - 3) : mspId;
        return name.toLowerCase(Locale.ROOT) + ".openbsn.test";
    }

    /** A local MSP folder for {@code signer}: the CA, the TLS CA, the signing certificate and key, NodeOU config. */
    static Path write(Path directory, OrganisationCa ca, OrganisationCa tlsCa, Identity signer) {
        write(directory.resolve(CA_FILE), Pem.of(ca.certificate()), false);
        write(directory.resolve("tlscacerts/tlsca.pem"), Pem.of(tlsCa.certificate()), false);
        write(directory.resolve("signcerts/cert.pem"), signer.certificatePem(), false);
        write(directory.resolve("keystore/priv_sk"), Pem.of(signer.privateKey()), true);
        write(directory.resolve("config.yaml"), org.openbsn.fabric.msp.PeerEnrolment.nodeOuConfig(), false);
        return directory;
    }

    /** A TLS key and certificate for {@code hostName} on loopback (server and client use), with the TLS CA beside them. */
    static TlsFiles writeTls(Path directory, OrganisationCa tlsCa, String hostName) {
        KeyPair pair = Ecdsa.newKeyPair();
        String certificate = Pem.of(tlsCa.issueTls(hostName, List.of(hostName, "localhost"), List.of("127.0.0.1"),
                pair.getPublic()));
        String key = Pem.of(pair.getPrivate());
        Path certificateFile = write(directory.resolve("server.crt"), certificate, false);
        Path keyFile = write(directory.resolve("server.key"), key, true);
        Path caFile = write(directory.resolve("ca.crt"), Pem.of(tlsCa.certificate()), false);
        return new TlsFiles(certificateFile, keyFile, caFile, certificate, key);
    }

    /** A client's TLS pair beside its TLS CA, as {@code osnadmin --client-cert/--client-key/--ca-file} take them. */
    static void writeClientTls(Path directory, OrganisationCa tlsCa, String certificatePem, String privateKeyPem) {
        write(directory.resolve("client.crt"), certificatePem, false);
        write(directory.resolve("client.key"), privateKeyPem, true);
        write(directory.resolve("ca.crt"), Pem.of(tlsCa.certificate()), false);
    }

    private static Path write(Path file, String text, boolean secret) {
        try {
            Files.createDirectories(file.getParent());
            Files.writeString(file, text, StandardCharsets.US_ASCII);
            if (secret) {
                Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
            }
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + file, e);
        }
    }
}

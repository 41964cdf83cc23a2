package org.openbsn.fabric.msp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Optional;

/**
 * Organisations whose CA, TLS CA and admin the portal keeps, one folder each under {@code root} (private keys
 * readable by their owner only): the city nodes' organisations until the city-node software keeps its own, and the
 * participants' organisation. It signs as their admins through {@link OrganisationAdmins}.
 */
public final class OrganisationVault implements OrganisationAdmins {

    private final Path root;

    public OrganisationVault(Path root) {
        this.root = root;
    }

    /** What the network may know of a kept organisation: its MSP id and certificates, never a key. */
    public record KeptOrganisation(String mspId, String caPem, String tlsCaPem, String adminCertificatePem) {
    }

    /** Creates the organisation once (CA, TLS CA, an admin with NodeOU admin); answers its certificates. */
    public synchronized KeptOrganisation ensure(String mspId, String domain) {
        Path folder = folder(mspId);
        try {
            Files.createDirectories(folder);
            if (!Files.isRegularFile(folder.resolve("domain"))) {
                OrganisationCa.writeAtomically(folder.resolve("domain"), domain, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not keep organisation " + mspId + " in " + folder, e);
        }
        OrganisationCa ca = OrganisationCa.loadOrCreate(folder.resolve("ca"), mspId, domain);
        OrganisationCa tls = OrganisationCa.loadOrCreate(folder.resolve("tlsca"), mspId, "tls." + domain);
        Identity admin = admin(mspId, ca).orElseGet(() -> {
            KeyPair pair = Ecdsa.newKeyPair();
            Identity created = new Identity(mspId, ca.issue("admin." + domain, NodeOu.ADMIN, pair.getPublic()),
                    pair.getPrivate());
            try {
                Files.createDirectories(folder.resolve("admin"));
                OrganisationCa.writeAtomically(folder.resolve("admin/key.pem"), Pem.of(created.privateKey()), true);
                OrganisationCa.writeAtomically(folder.resolve("admin/cert.pem"), created.certificatePem(), false);
            } catch (IOException e) {
                throw new UncheckedIOException("Could not keep the admin of " + mspId + " in " + folder, e);
            }
            return created;
        });
        return new KeptOrganisation(mspId, Pem.of(ca.certificate()), Pem.of(tls.certificate()), admin.certificatePem());
    }

    /** The kept organisation's CA, to certify its peers and members; empty when it is not kept here. */
    public Optional<OrganisationCa> ca(String mspId) {
        Path folder = folder(mspId);
        if (!Files.isRegularFile(folder.resolve("ca/ca-cert.pem"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(OrganisationCa.loadOrCreate(folder.resolve("ca"), mspId, domainOf(mspId)));
        } catch (UncheckedIOException e) {
            throw new UncheckedIOException("Could not read organisation " + mspId + " in " + folder, e.getCause());
        }
    }

    /**
     * Files for a new peer of the kept organisation, listening at {@code host:port} (see {@link PeerEnrolment}); its
     * keys are made for the answer and not kept.
     */
    public byte[] enrolPeer(String mspId, String peerName, String host, int port) {
        OrganisationCa ca = ca(mspId).orElseThrow(() -> new IllegalArgumentException(
                "This portal keeps no organisation " + mspId));
        Path tls = folder(mspId).resolve("tlsca");
        OrganisationCa tlsCa = OrganisationCa.loadOrCreate(tls, mspId, "tls." + domainOf(mspId));
        return PeerEnrolment.bundle(ca, tlsCa, peerName, host, port);
    }

    @Override
    public Signer adminOf(String mspId) {
        return ca(mspId).flatMap(ca -> admin(mspId, ca)).orElseThrow(() -> new IllegalArgumentException(
                "This portal holds no admin of organisation " + mspId + ", so it cannot sign for it"));
    }

    private Optional<Identity> admin(String mspId, OrganisationCa ca) {
        Path folder = folder(mspId).resolve("admin");
        if (!Files.isRegularFile(folder.resolve("key.pem")) || !Files.isRegularFile(folder.resolve("cert.pem"))) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Identity(mspId, Pem.certificate(Files.readAllBytes(folder.resolve("cert.pem"))),
                    Pem.privateKey(Files.readString(folder.resolve("key.pem")))));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the admin of " + mspId + " in " + folder, e);
        }
    }

    private String domainOf(String mspId) {
        try {
            return Files.readString(folder(mspId).resolve("domain")).strip();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Path folder(String mspId) {
        if (mspId == null || !mspId.matches("[A-Za-z0-9][A-Za-z0-9.-]{0,63}")) {
            throw new IllegalArgumentException("an MSP id is letters, digits, dots and dashes, not '" + mspId + "'");
        }
        return root.resolve(mspId);
    }
}

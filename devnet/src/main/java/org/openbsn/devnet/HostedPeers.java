package org.openbsn.devnet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.Msp;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.Pem;

/**
 * The peers devnet runs for organisations whose CA it does not hold: each with its local MSP (the organisation's
 * root certificate) and its own peer identity, as a Fabric peer is started with its MSP folder. Kept under
 * {@code directory/<mspId>/} so a restart hosts them again.
 */
final class HostedPeers {

    /** One hosted peer: the organisation's MSP as the peer trusts it, and the identity it endorses with. */
    record Peer(Msp localMsp, Identity identity) {
    }

    private final Path directory;
    private final Map<String, Peer> peers = new ConcurrentHashMap<>();

    HostedPeers(Path directory) {
        this.directory = directory;
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> organisations = Files.newDirectoryStream(directory, Files::isDirectory)) {
            for (Path organisation : organisations) {
                String mspId = organisation.getFileName().toString();
                X509Certificate ca = Pem.certificate(Files.readAllBytes(organisation.resolve("ca.pem")));
                Identity identity = new Identity(mspId, Pem.certificate(Files.readAllBytes(organisation.resolve("cert.pem"))),
                        Pem.privateKey(Files.readString(organisation.resolve("key.pem"))));
                peers.put(mspId, new Peer(new Msp(mspId, ca), identity));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("devnet cannot read its hosted peers in " + directory, e);
        }
    }

    /** Hosts {@code peer}, whose certificate {@code organisationCa} must have issued with the peer role. */
    void host(X509Certificate organisationCa, Identity peer) {
        Msp msp = new Msp(peer.mspId(), organisationCa);
        Optional<String> problem = msp.problemWith(peer.certificate(), Instant.now());
        if (problem.isPresent()) {
            throw new IllegalArgumentException("devnet cannot host this peer of " + peer.mspId() + ": " + problem.get());
        }
        if (Msp.roleOf(peer.certificate()).orElseThrow() != NodeOu.PEER) {
            throw new IllegalArgumentException("devnet cannot host this peer of " + peer.mspId()
                    + ": its certificate carries the " + Msp.roleOf(peer.certificate()).orElseThrow().ou()
                    + " role, not peer");
        }
        Path folder = directory.resolve(peer.mspId());
        try {
            Files.createDirectories(folder);
            write(folder.resolve("key.pem"), Pem.of(peer.privateKey()), true);
            write(folder.resolve("cert.pem"), Pem.of(peer.certificate()), false);
            write(folder.resolve("ca.pem"), Pem.of(organisationCa), false);
        } catch (IOException e) {
            throw new UncheckedIOException("devnet cannot keep the peer of " + peer.mspId() + " in " + folder, e);
        }
        peers.put(peer.mspId(), new Peer(msp, peer));
    }

    Optional<Peer> of(String mspId) {
        return Optional.ofNullable(peers.get(mspId));
    }

    private static void write(Path file, String text, boolean secret) throws IOException {
        Path staging = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(staging, text, StandardCharsets.US_ASCII);
        if (secret) {
            try {
                Files.setPosixFilePermissions(staging, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // best effort on file systems without POSIX permissions
            }
        }
        Files.move(staging, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }
}

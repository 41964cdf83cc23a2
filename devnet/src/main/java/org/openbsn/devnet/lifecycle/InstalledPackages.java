package org.openbsn.devnet.lifecycle;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The chaincode packages installed on devnet's peers, as {@code _lifecycle InstallChaincode} installs them on a
 * Fabric peer: each package file is kept once under {@code directory} by its SHA-256, and each organisation's peer
 * lists the package ids installed on it, so a restart finds them again.
 */
public final class InstalledPackages {

    /** One installed package: Fabric's package id ({@code label:sha256}), its label, where its chaincode listens. */
    public record Installed(String packageId, String label, InetSocketAddress address) {
    }

    /** The largest package a peer takes: Fabric's default {@code peer.maxRecvMsgSize}, 100 MiB. */
    public static final int MAX_PACKAGE_BYTES = CcaasPackageReader.MAX_PACKAGE_BYTES;

    private static final Pattern MSP_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,127}");

    private final Path directory;
    private final Map<String, Installed> packages = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> installedOn = new ConcurrentHashMap<>();

    /** The packages installed under {@code directory} before, read back. */
    public InstalledPackages(Path directory) {
        this.directory = directory;
        if (!Files.isDirectory(directory)) {
            return;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(directory, "*.tar.gz")) {
            for (Path file : files) {
                byte[] bytes = Files.readAllBytes(file);
                Installed installed = describe(bytes);
                packages.put(installed.packageId(), installed);
            }
            try (DirectoryStream<Path> lists = Files.newDirectoryStream(directory, "*.installed")) {
                for (Path list : lists) {
                    String name = list.getFileName().toString();
                    installedOn.put(name.substring(0, name.length() - ".installed".length()), new LinkedHashSet<>(
                            Files.readAllLines(list, StandardCharsets.UTF_8).stream().filter(id -> !id.isBlank()).toList()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("devnet cannot read its installed chaincode packages in " + directory, e);
        }
    }

    /**
     * Installs {@code packageFile} on the peer of {@code mspId}. An {@code IllegalArgumentException} says why the
     * file is no ccaas package; an {@code IllegalStateException} says, in Fabric's words, that it is installed already.
     */
    public synchronized Installed install(String mspId, byte[] packageFile) {
        if (!MSP_ID.matcher(mspId).matches()) {
            throw new IllegalArgumentException("devnet hosts no peer of '" + mspId + "'");
        }
        Installed installed = describe(packageFile);
        Set<String> onPeer = installedOn.computeIfAbsent(mspId, id -> new LinkedHashSet<>());
        if (onPeer.contains(installed.packageId())) {
            throw new IllegalStateException("chaincode already successfully installed (package ID '"
                    + installed.packageId() + "')");
        }
        try {
            Files.createDirectories(directory);
            Path file = directory.resolve(hashOf(installed.packageId()) + ".tar.gz");
            if (!Files.exists(file)) {
                write(file, packageFile);
            }
            Set<String> listed = new LinkedHashSet<>(onPeer);
            listed.add(installed.packageId());
            write(directory.resolve(mspId + ".installed"), (String.join("\n", listed) + "\n").getBytes(StandardCharsets.UTF_8));
            onPeer.add(installed.packageId());
        } catch (IOException e) {
            throw new UncheckedIOException("devnet cannot keep chaincode package " + installed.packageId(), e);
        }
        packages.put(installed.packageId(), installed);
        return installed;
    }

    /** The package {@code packageId}, if a peer of devnet has it installed. */
    public Optional<Installed> installed(String packageId) {
        boolean onAnyPeer = installedOn.values().stream().anyMatch(ids -> ids.contains(packageId));
        return onAnyPeer ? Optional.ofNullable(packages.get(packageId)) : Optional.empty();
    }

    /** Whether the peer of {@code mspId} has {@code packageId} installed. */
    public boolean isInstalledOn(String mspId, String packageId) {
        return installedOn.getOrDefault(mspId, Set.of()).contains(packageId);
    }

    private static Installed describe(byte[] packageFile) {
        CcaasPackageReader.Contents contents = CcaasPackageReader.read(packageFile);
        return new Installed(contents.label() + ":" + sha256(packageFile), contents.label(), contents.address());
    }

    private static String hashOf(String packageId) {
        return packageId.substring(packageId.lastIndexOf(':') + 1);
    }

    /** Writes {@code bytes} to {@code file} whole or not at all, on disk before it is renamed into place. */
    private static void write(Path file, byte[] bytes) throws IOException {
        Path next = file.resolveSibling(file.getFileName() + ".next");
        try (FileChannel out = FileChannel.open(next, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            out.write(java.nio.ByteBuffer.wrap(bytes));
            out.force(true);
        }
        Files.move(next, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

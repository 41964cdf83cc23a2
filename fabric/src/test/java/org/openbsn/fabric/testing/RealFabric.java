package org.openbsn.fabric.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A real Fabric network for tests: the three etcdraft orderers of {@code OrdererMSP} and one peer per peer
 * organisation, each a separate process from {@code BSN_FABRIC_BIN} on 127.0.0.1, with no channel yet.
 */
public final class RealFabric implements AutoCloseable {

    /** The environment variable naming Fabric's {@code bin} folder ({@code ../builders/ccaas}, {@code ../config} beside it). */
    public static final String BINARIES_VARIABLE = "BSN_FABRIC_BIN";
    public static final String ORDERER_MSP = "OrdererMSP";
    public static final List<String> FIRST_PEER_ORGANISATIONS = List.of("Node1MSP", "Node2MSP");

    private static final String HOST = "127.0.0.1";
    private static final int ORDERERS = 3;
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path bin;
    private final Path workDir;
    private final Map<String, NodeProcess> processes = new LinkedHashMap<>();
    private final Map<String, PeerOrganisation> peerOrganisations = new LinkedHashMap<>();
    private final Set<Integer> ports = new HashSet<>();
    private final Thread shutdownHook;
    private OrdererOrganisation ordererOrganisation;

    private RealFabric(Path bin, Path workDir) {
        this.bin = bin;
        this.workDir = workDir;
        this.shutdownHook = new Thread(this::killAll, "real-fabric-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Fabric's {@code bin} folder from {@code BSN_FABRIC_BIN}, if set. */
    public static Optional<Path> binaries() {
        String value = System.getenv(BINARIES_VARIABLE);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(Path.of(value).toAbsolutePath());
    }

    /** Fabric's {@code bin} folder, or an exception naming {@code BSN_FABRIC_BIN} and what is missing. */
    public static Path requireBinaries() {
        Path bin = binaries().orElseThrow(() -> new IllegalStateException(BINARIES_VARIABLE
                + " is not set: point it at the bin folder of a Hyperledger Fabric 2.5 release (peer, orderer),"
                + " with builders/ccaas and config beside it"));
        for (Path needed : List.of(bin.resolve("peer"), bin.resolve("orderer"),
                bin.resolveSibling("builders/ccaas/bin/build"), bin.resolveSibling("config/core.yaml"))) {
            if (!Files.isRegularFile(needed)) {
                throw new IllegalStateException(BINARIES_VARIABLE + "=" + bin + " but " + needed + " does not exist");
            }
        }
        return bin;
    }

    /** Starts the orderers and the peers of Node1MSP and Node2MSP in {@code workDir} (new or empty). */
    public static RealFabric start(Path workDir) {
        return start(workDir, FIRST_PEER_ORGANISATIONS);
    }

    /** Starts the orderers and one peer for each of {@code peerMspIds}; returns once every process is ready. */
    public static RealFabric start(Path workDir, List<String> peerMspIds) {
        Path bin = requireBinaries();
        requireEmpty(workDir);
        RealFabric fabric = new RealFabric(bin, workDir.toAbsolutePath());
        try {
            fabric.ordererOrganisation = OrdererOrganisationSetup.create(fabric, fabric.organisationDir(ORDERER_MSP),
                    ORDERERS);
            for (String mspId : peerMspIds) {
                fabric.preparePeerOrganisation(mspId);
            }
            fabric.launchAndAwait(List.copyOf(fabric.processes.values()));
            return fabric;
        } catch (RuntimeException failed) {
            fabric.close();
            throw failed;
        }
    }

    /** The folder holding every organisation's crypto, every node's config and data, and {@code logs/}. */
    public Path workDir() {
        return workDir;
    }

    public OrdererOrganisation ordererOrganisation() {
        return ordererOrganisation;
    }

    public synchronized List<PeerOrganisation> peerOrganisations() {
        return List.copyOf(peerOrganisations.values());
    }

    public synchronized PeerOrganisation peerOrganisation(String mspId) {
        PeerOrganisation organisation = peerOrganisations.get(mspId);
        if (organisation == null) {
            throw new IllegalArgumentException("No peer organisation " + mspId + "; there are " + peerOrganisations.keySet());
        }
        return organisation;
    }

    /** Creates another peer organisation (its CAs, admin and {@code peer0}), starts its peer and waits until ready. */
    public synchronized PeerOrganisation addPeerOrganisation(String mspId) {
        PeerOrganisation organisation = preparePeerOrganisation(mspId);
        NodeProcess peer = processes.get(organisation.peers().get(0).processName());
        try {
            launchAndAwait(List.of(peer));
            return organisation;
        } catch (RuntimeException failed) {
            peer.kill();
            processes.remove(peer.name());
            peerOrganisations.remove(mspId);
            throw failed;
        }
    }

    /** Names that {@link #kill}, {@link #stop}, {@link #restart} accept: {@code orderer0..2}, {@code peer0.<mspId>}. */
    public synchronized List<String> processNames() {
        return List.copyOf(processes.keySet());
    }

    /** The OS process id of {@code name}'s current (or last) run. */
    public synchronized long pid(String name) {
        return process(name).pid();
    }

    public synchronized boolean isRunning(String name) {
        return process(name).alive();
    }

    /** The file holding {@code name}'s standard output and error, across restarts. */
    public synchronized Path logFile(String name) {
        return process(name).log();
    }

    /** SIGKILL: the process dies at once, as in a crash. */
    public synchronized void kill(String name) {
        process(name).kill();
    }

    /** SIGTERM: the process shuts down in order. */
    public synchronized void stop(String name) {
        process(name).stop();
    }

    /** Starts {@code name} again with the same folders and ports (stopping it first if it runs) and waits until ready. */
    public synchronized void restart(String name) {
        NodeProcess process = process(name);
        process.stop();
        launchAndAwait(List.of(process));
    }

    /** A loopback port no process of this network has been given, for a peer started from enrolment files. */
    public int freePort() {
        return freePorts(1)[0];
    }

    /**
     * Starts peer {@code name} of an organisation kept elsewhere (a node owner's), from its enrolment files as
     * {@code PeerEnrolment} packs them ({@code msp/}, {@code tls/}), listening on {@code port}; waits until it is ready.
     */
    public synchronized Peer startPeer(String mspId, String name, Path enrolment, int port) {
        Path node = workDir.resolve(mspId).resolve(name);
        NodeConfig.copySampleConfig(fabricHome(), node.resolve("config"));
        int[] ports = freePorts(2);
        try {
            Path tls = enrolment.resolve("tls");
            LocalMsp.TlsFiles files = new LocalMsp.TlsFiles(tls.resolve("server.crt"), tls.resolve("server.key"),
                    tls.resolve("ca.crt"), java.nio.file.Files.readString(tls.resolve("server.crt")),
                    java.nio.file.Files.readString(tls.resolve("server.key")));
            Peer peer = new Peer(mspId, name, HOST, port, ports[0], ports[1], java.nio.file.Files.readString(tls.resolve("ca.crt")),
                    org.openbsn.fabric.msp.Pem.certificate(java.nio.file.Files.readAllBytes(
                            enrolment.resolve("msp/signcerts/cert.pem"))));
            NodeProcess process = new NodeProcess(peer.processName(), List.of(bin.resolve("peer").toString(), "node", "start"),
                    NodeConfig.peer(mspId, name, node, enrolment.resolve("msp"), files, port, ports[0], ports[1]), node,
                    logFileFor(peer.processName()), () -> Probes.peerReady(HOST, ports[1], port));
            register(process);
            launchAndAwait(List.of(process));
            return peer;
        } catch (IOException e) {
            throw new UncheckedIOException("The enrolment files in " + enrolment + " cannot be read", e);
        }
    }

    /** Stops every process (SIGTERM, then SIGKILL after a grace period); nothing of this network keeps running. */
    @Override
    public synchronized void close() {
        processes.values().parallelStream().forEach(NodeProcess::stop);
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to; it finds nothing left alive
        }
    }

    synchronized void register(NodeProcess process) {
        if (processes.putIfAbsent(process.name(), process) != null) {
            throw new IllegalArgumentException("A process named " + process.name() + " exists already");
        }
    }

    /** Every process's log sits in one folder: {@code <workDir>/logs/<name>.log}. */
    Path logFileFor(String name) {
        return workDir.resolve("logs").resolve(name + ".log");
    }

    Path bin() {
        return bin;
    }

    Path fabricHome() {
        return bin.getParent();
    }

    String host() {
        return HOST;
    }

    /** Ports free on loopback now and not given to any process of this network before. */
    synchronized int[] freePorts(int count) {
        List<ServerSocket> held = new ArrayList<>();
        try {
            int[] chosen = new int[count];
            for (int i = 0; i < count; i++) {
                ServerSocket socket;
                do {
                    socket = new ServerSocket(0, 1, InetAddress.getByName(HOST));
                    held.add(socket);
                } while (!ports.add(socket.getLocalPort()));
                chosen[i] = socket.getLocalPort();
            }
            return chosen;
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on " + HOST, e);
        } finally {
            held.forEach(RealFabric::closeQuietly);
        }
    }

    private PeerOrganisation preparePeerOrganisation(String mspId) {
        if (mspId == null || !mspId.matches("[A-Za-z][A-Za-z0-9]*")) {
            throw new IllegalArgumentException("An MSP id is letters and digits, starting with a letter: " + mspId);
        }
        if (mspId.equals(ORDERER_MSP) || peerOrganisations.containsKey(mspId)) {
            throw new IllegalArgumentException("The organisation " + mspId + " exists already");
        }
        PeerOrganisation organisation = PeerOrganisationSetup.create(this, organisationDir(mspId), mspId);
        peerOrganisations.put(mspId, organisation);
        return organisation;
    }

    private Path organisationDir(String mspId) {
        return workDir.resolve(mspId);
    }

    private void launchAndAwait(List<NodeProcess> starting) {
        starting.forEach(NodeProcess::launch);
        starting.forEach(process -> process.awaitReady(START_TIMEOUT));
    }

    private synchronized NodeProcess process(String name) {
        NodeProcess process = processes.get(name);
        if (process == null) {
            throw new IllegalArgumentException("No process named " + name + "; there are " + processes.keySet());
        }
        return process;
    }

    private void killAll() {
        // no lock: the hook may run while a test thread holds it
        new ArrayList<>(processes.values()).forEach(NodeProcess::kill);
    }

    private static void requireEmpty(Path workDir) {
        try {
            if (Files.isDirectory(workDir)) {
                try (Stream<Path> entries = Files.list(workDir)) {
                    if (entries.findAny().isPresent()) {
                        throw new IllegalArgumentException("The work directory " + workDir + " must be new or empty");
                    }
                }
            }
            Files.createDirectories(workDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot use " + workDir + " as the network's work directory", e);
        }
    }

    private static void closeQuietly(ServerSocket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // it was only held to reserve the number
        }
    }
}

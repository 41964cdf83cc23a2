package org.openbsn.devnet;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import org.openbsn.devnet.admin.ParticipationEndpoint;
import org.openbsn.devnet.chaincode.BuiltInChaincode;
import org.openbsn.devnet.chaincode.ChaincodeConnection;
import org.openbsn.devnet.chaincode.ExternalChaincode;
import org.openbsn.devnet.gateway.DevnetDeliver;
import org.openbsn.devnet.gateway.DevnetEndorser;
import org.openbsn.devnet.gateway.DevnetGateway;
import org.openbsn.devnet.gateway.Network;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.lifecycle.DefinedChaincodes;
import org.openbsn.devnet.lifecycle.InstalledPackages;
import org.openbsn.devnet.policy.EndorsementPolicy;
import org.openbsn.fabric.admin.MutualTls;
import org.openbsn.fabric.msp.Ecdsa;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.Msp;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;

/**
 * The whole in-process network on one data directory: organisations with their CAs, a TLS CA, the Gateway, Deliver
 * and Endorser (cscc) services over TLS on loopback, an orderer admin endpoint serving channel participation over
 * mutual TLS, channels whose blocks are kept in files with an orderer each, and chaincodes: the built-in base
 * chaincode served in-process as chaincode-as-a-service, chaincode servers running in processes of their own, and
 * those defined through {@code _lifecycle} from the ccaas packages installed on devnet's peers.
 */
public final class Devnet implements AutoCloseable {

    /** How long devnet waits to reach a chaincode server and see it register (connection.json's usual dial_timeout). */
    private static final Duration DIAL_TIMEOUT = Duration.ofSeconds(10);

    /** Its data directory, host, port (0: any free), peer organisation, batching, orderer admin port (0: any free). */
    public record Settings(Path dataDir, String host, int port, String peerMspId, int batchSize, Duration batchTimeout,
                           int adminPort) {

        /** The admin endpoint on any free port. */
        public Settings(Path dataDir, String host, int port, String peerMspId, int batchSize, Duration batchTimeout) {
            this(dataDir, host, port, peerMspId, batchSize, batchTimeout, 0);
        }

        public static Settings defaults(Path dataDir) {
            return new Settings(dataDir, "127.0.0.1", 0, "Org1MSP", 10, Duration.ofMillis(200));
        }
    }

    private final Settings settings;
    private final Map<String, OrganisationCa> organisations = new ConcurrentHashMap<>();
    private final Map<String, Identity> peers = new ConcurrentHashMap<>();
    private final OrganisationCa tlsCa;
    private final OrganisationCa adminTlsCa;
    private final HostedPeers hostedPeers;
    private final OpenChannels channels;
    private final Server server;
    private final ParticipationEndpoint participation;
    private final List<ExternalChaincode> external = new CopyOnWriteArrayList<>();
    private final InstalledPackages packages;
    private final DefinedChaincodes defined;
    private BuiltInChaincode builtIn;

    private Devnet(Settings settings) throws IOException {
        this.settings = settings;
        this.tlsCa = OrganisationCa.loadOrCreate(settings.dataDir().resolve("tlsca"), "tlsca", "devnet.openbsn");
        this.adminTlsCa = OrganisationCa.loadOrCreate(settings.dataDir().resolve("admin-tlsca"), "OrdererAdminTLS",
                "admin.orderer.devnet.openbsn");
        this.hostedPeers = new HostedPeers(settings.dataDir().resolve("peers"));
        this.packages = new InstalledPackages(settings.dataDir().resolve("packages"));
        this.defined = new DefinedChaincodes(packages, DIAL_TIMEOUT);
        this.channels = new OpenChannels(settings.dataDir().resolve("channels"), settings.batchSize(), settings.batchTimeout(),
                channel -> defined.serve(channel.ledger(), channel.chaincodes()));
        ChannelAdmin admin = new ChannelAdmin(channels, this::localMsp, this::removeChannel);
        OrganisationCa peerOrganisation = organisation(settings.peerMspId());
        KeyPair tlsKey = Ecdsa.newKeyPair();
        X509Certificate tlsCertificate = tlsCa.issueTls("peer0", List.of("localhost"), List.of("127.0.0.1"),
                tlsKey.getPublic());
        DevnetGateway gateway = new DevnetGateway(settings.host(), peerOrganisation.enroll("peer0", NodeOu.PEER),
                this::peerOf, channels);
        this.server = NettyServerBuilder.forAddress(new InetSocketAddress(settings.host(), settings.port()))
                .maxInboundMessageSize(InstalledPackages.MAX_PACKAGE_BYTES + 64 * 1024) // a package and its proposal
                .sslContext(GrpcSslContexts.forServer(
                        new ByteArrayInputStream(Pem.of(tlsCertificate).getBytes(StandardCharsets.US_ASCII)),
                        new ByteArrayInputStream(Pem.of(tlsKey.getPrivate()).getBytes(StandardCharsets.US_ASCII))).build())
                .addService(gateway)
                .addService(new DevnetDeliver(channels))
                .addService(new DevnetEndorser(settings.host(), admin, packages))
                .build()
                .start();
        // the admin endpoint shows devnet's TLS certificate and admits clients of the admin TLS CA only
        this.participation = ParticipationEndpoint.start(new InetSocketAddress(settings.host(), settings.adminPort()),
                MutualTls.sslContext(Pem.of(tlsCertificate), Pem.of(tlsKey.getPrivate()),
                        List.of(Pem.of(adminTlsCa.certificate()))), admin);
        for (ChannelRecords.Channel channel : channels.stored()) {
            reopen(channel);
        }
    }

    /** Opens a recorded channel again with the chaincodes it had; external ones are dialled when first needed. */
    private void reopen(ChannelRecords.Channel channel) {
        channels.reopen(channel, channel.fromBlock() ? Map.of() : msps(channel.members()));
        for (ChannelRecords.Deployment deployment : channel.chaincodes().values()) {
            EndorsementPolicy policy = EndorsementPolicy.parse(deployment.policy());
            if (deployment.builtIn()) {
                deployBaseChaincode(channel.channelId(), deployment.name(), policy);
            } else {
                deployChaincode(channel.channelId(), deployment.name(), deployment.address(), deployment.packageId(), policy);
            }
        }
    }

    /** Starts the network; organisations, channels and blocks already in {@code dataDir} are taken up again. */
    public static Devnet start(Settings settings) {
        try {
            return new Devnet(settings);
        } catch (IOException e) {
            throw new UncheckedIOException("devnet could not start in " + settings.dataDir(), e);
        }
    }

    /** The organisation devnet's own Gateway peer and the portal belong to (its participants' organisation). */
    public String hostMspId() {
        return settings.peerMspId();
    }

    public int port() {
        return server.getPort();
    }

    /** The port of the orderer's admin endpoint (channel participation over mutual TLS). */
    public int adminPort() {
        return participation.port();
    }

    /** The CA that signed the TLS certificate of the Gateway and of the admin endpoint; clients trust it. */
    public X509Certificate tlsCaCertificate() {
        return tlsCa.certificate();
    }

    /** The CA whose TLS client certificates the admin endpoint accepts: an orderer administrator's is issued by it. */
    public OrganisationCa adminTlsCa() {
        return adminTlsCa;
    }

    /** The organisation {@code mspId} (its CA is created and kept on first use). */
    public OrganisationCa organisation(String mspId) {
        return organisations.computeIfAbsent(mspId, id -> OrganisationCa.loadOrCreate(
                settings.dataDir().resolve("orgs").resolve(id), id, id.toLowerCase(Locale.ROOT).replace("msp", "") + ".devnet.openbsn"));
    }

    /**
     * Runs a peer of an organisation whose CA devnet does not hold, as {@code peer}, a peer identity issued by
     * {@code organisationCa}: it answers cscc for that organisation's admins and endorses for it. Kept across restarts.
     */
    public void hostPeer(X509Certificate organisationCa, Identity peer) {
        hostedPeers.host(organisationCa, peer);
    }

    /** devnet hosts one peer for every organisation it made, and the peers it was given. */
    private Optional<Identity> peerOf(String mspId) {
        Optional<HostedPeers.Peer> hosted = hostedPeers.of(mspId);
        if (hosted.isPresent()) {
            return hosted.map(HostedPeers.Peer::identity);
        }
        if (!organisations.containsKey(mspId)) {
            return Optional.empty();
        }
        return Optional.of(peers.computeIfAbsent(mspId, id -> organisation(id).enroll("peer0", NodeOu.PEER)));
    }

    /** The MSP devnet's peer of {@code mspId} trusts: of a hosted peer, or of an organisation devnet made. */
    private Optional<Msp> localMsp(String mspId) {
        return hostedPeers.of(mspId).map(HostedPeers.Peer::localMsp)
                .or(() -> Optional.ofNullable(organisations.get(mspId)).map(OrganisationCa::msp));
    }

    private Map<String, Msp> msps(List<String> mspIds) {
        return mspIds.stream().collect(Collectors.toMap(mspId -> mspId, mspId -> organisation(mspId).msp()));
    }

    /**
     * Opens the channel with these member organisations, reading back its blocks if it existed. The
     * channel is recorded, so devnet opens it again at its next start.
     */
    public ChannelLedger openChannel(String channelId, List<String> memberMspIds) {
        return channels.openChannel(channelId, msps(memberMspIds));
    }

    /** Closes and forgets the channel with its blocks, stopping the chaincode servers it dialled; false when not open. */
    private synchronized boolean removeChannel(String channelId) {
        return channels.remove(channelId).map(channel -> {
            channel.chaincodes().values().forEach(chaincode -> {
                if (chaincode instanceof ExternalChaincode served) {
                    served.close();
                    external.remove(served);
                }
            });
            return true;
        }).orElse(false);
    }

    /** Runs the built-in base chaincode on the channel under {@code name}, endorsed by a MAJORITY of its organisations. */
    public void deployBaseChaincode(String channelId, String name) {
        deployBaseChaincode(channelId, name, EndorsementPolicy.majority());
    }

    /** Runs the built-in base chaincode on the channel under {@code name}, its transactions valid when they satisfy {@code policy}. */
    public synchronized void deployBaseChaincode(String channelId, String name, EndorsementPolicy policy) {
        Network.Channel channel = openedChannel(channelId);
        channel.ledger().defineEndorsementPolicy(name, policy);
        channel.chaincodes().put(name, baseChaincode());
        channels.deployed(channelId, new ChannelRecords.Deployment(name, policy.toString(), null, null));
    }

    /**
     * Runs, under {@code name} on the channel, a chaincode already served as chaincode-as-a-service
     * at {@code address} that registers as {@code packageId}, as a Fabric peer runs a ccaas package:
     * devnet dials it when a transaction needs it, and again once it has gone away and come back.
     */
    public synchronized void deployChaincode(String channelId, String name, InetSocketAddress address, String packageId,
                                             EndorsementPolicy policy) {
        Network.Channel channel = openedChannel(channelId);
        ExternalChaincode chaincode = new ExternalChaincode(name, address, packageId, DIAL_TIMEOUT);
        channel.ledger().defineEndorsementPolicy(name, policy);
        if (channel.chaincodes().put(name, chaincode) instanceof ExternalChaincode replaced) {
            replaced.close();
            external.remove(replaced);
        }
        external.add(chaincode);
        channels.deployed(channelId, new ChannelRecords.Deployment(name, policy.toString(), address, packageId));
    }

    /** The package ids of the chaincodes served by processes of their own on any channel, with where devnet dials them. */
    public Map<String, InetSocketAddress> chaincodeServers() {
        Map<String, InetSocketAddress> servers = new LinkedHashMap<>();
        channels.records().forEach(channel -> channel.chaincodes().values().stream()
                .filter(deployment -> !deployment.builtIn())
                .forEach(deployment -> servers.put(deployment.packageId(), deployment.address())));
        return servers;
    }

    /** The ledger of an open channel, if there is one (channels recorded before a restart are open again). */
    public Optional<ChannelLedger> channel(String channelId) {
        return channels.channel(channelId).map(Network.Channel::ledger);
    }

    /** The ids of the channels devnet serves. */
    public Set<String> channelIds() {
        return channels.ids();
    }

    private Network.Channel openedChannel(String channelId) {
        return channels.channel(channelId).orElseThrow(() ->
                new IllegalArgumentException("Channel " + channelId + " is not open"));
    }

    private ChaincodeConnection baseChaincode() {
        if (builtIn == null) {
            builtIn = BuiltInChaincode.start("base:built-in");
        }
        return builtIn.connection();
    }

    @Override
    public void close() {
        participation.close();
        server.shutdownNow();
        try {
            server.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        channels.close();
        external.forEach(ExternalChaincode::close);
        defined.close();
        if (builtIn != null) {
            builtIn.close();
        }
    }
}

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
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import io.grpc.Server;
import io.grpc.netty.shaded.io.grpc.netty.GrpcSslContexts;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import org.openbsn.devnet.chaincode.BuiltInChaincode;
import org.openbsn.devnet.chaincode.ChaincodeConnection;
import org.openbsn.devnet.chaincode.ExternalChaincode;
import org.openbsn.devnet.gateway.DevnetDeliver;
import org.openbsn.devnet.gateway.DevnetGateway;
import org.openbsn.devnet.gateway.Network;
import org.openbsn.devnet.ledger.BlockStore;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.ledger.Orderer;
import org.openbsn.fabric.msp.Ecdsa;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.OrganisationCa;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.devnet.policy.EndorsementPolicy;

/**
 * The whole in-process network on one data directory: organisations with their CAs, a TLS CA, the
 * Gateway service over TLS on loopback, channels whose blocks are kept in files, an orderer per
 * channel, and chaincodes: the built-in base chaincode served in-process as chaincode-as-a-service,
 * or chaincode servers running in processes of their own.
 */
public final class Devnet implements AutoCloseable {

    /** How long devnet waits to reach a chaincode server and see it register (connection.json's usual dial_timeout). */
    private static final Duration DIAL_TIMEOUT = Duration.ofSeconds(10);

    /** How the network is laid out: its data directory, host, port (0: any free), peer organisation and batching. */
    public record Settings(Path dataDir, String host, int port, String peerMspId, int batchSize, Duration batchTimeout) {

        public static Settings defaults(Path dataDir) {
            return new Settings(dataDir, "127.0.0.1", 0, "Org1MSP", 10, Duration.ofMillis(200));
        }
    }

    private final Settings settings;
    private final Map<String, OrganisationCa> organisations = new ConcurrentHashMap<>();
    private final Map<String, Network.Channel> channels = new ConcurrentHashMap<>();
    private final Map<String, Identity> peers = new ConcurrentHashMap<>();
    private final OrganisationCa tlsCa;
    private final Server server;
    private final List<ExternalChaincode> external = new CopyOnWriteArrayList<>();
    private final ChannelRecords records;
    private final Map<String, ChannelRecords.Channel> recorded = new ConcurrentHashMap<>();
    private BuiltInChaincode builtIn;

    private Devnet(Settings settings) throws IOException {
        this.settings = settings;
        this.tlsCa = OrganisationCa.loadOrCreate(settings.dataDir().resolve("tlsca"), "tlsca", "devnet.openbsn");
        OrganisationCa peerOrganisation = organisation(settings.peerMspId());
        KeyPair tlsKey = Ecdsa.newKeyPair();
        X509Certificate tlsCertificate = tlsCa.issueTls("peer0", List.of("localhost"), List.of("127.0.0.1"),
                tlsKey.getPublic());
        Network network = id -> Optional.ofNullable(channels.get(id));
        DevnetGateway gateway = new DevnetGateway(settings.host(), peerOrganisation.enroll("peer0", NodeOu.PEER),
                this::peerOf, network);
        this.server = NettyServerBuilder.forAddress(new InetSocketAddress(settings.host(), settings.port()))
                .sslContext(GrpcSslContexts.forServer(
                        new ByteArrayInputStream(Pem.of(tlsCertificate).getBytes(StandardCharsets.US_ASCII)),
                        new ByteArrayInputStream(Pem.of(tlsKey.getPrivate()).getBytes(StandardCharsets.US_ASCII))).build())
                .addService(gateway)
                .addService(new DevnetDeliver(network))
                .build()
                .start();
        this.records = new ChannelRecords(settings.dataDir().resolve("channels"));
        for (ChannelRecords.Channel channel : records.all()) {
            reopen(channel);
        }
    }

    /** Opens a recorded channel again with the chaincodes it had; external ones are dialled when first needed. */
    private void reopen(ChannelRecords.Channel channel) {
        recorded.put(channel.channelId(), new ChannelRecords.Channel(channel.channelId(), channel.members(),
                new java.util.LinkedHashMap<>(channel.chaincodes())));
        openChannel(channel.channelId(), channel.members());
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

    public int port() {
        return server.getPort();
    }

    /** The CA that signed the Gateway's TLS certificate; clients trust it. */
    public X509Certificate tlsCaCertificate() {
        return tlsCa.certificate();
    }

    /** The organisation {@code mspId} (its CA is created and kept on first use). */
    public OrganisationCa organisation(String mspId) {
        return organisations.computeIfAbsent(mspId, id -> OrganisationCa.loadOrCreate(
                settings.dataDir().resolve("orgs").resolve(id), id, id.toLowerCase(Locale.ROOT).replace("msp", "") + ".devnet.openbsn"));
    }

    /** devnet hosts one peer for every organisation it knows. */
    private Optional<Identity> peerOf(String mspId) {
        return Optional.of(peers.computeIfAbsent(mspId, id -> organisation(id).enroll("peer0", NodeOu.PEER)));
    }

    /**
     * Opens the channel with these member organisations, reading back its blocks if it existed. The
     * channel is recorded, so devnet opens it again at its next start.
     */
    public synchronized ChannelLedger openChannel(String channelId, List<String> memberMspIds) {
        recorded.computeIfAbsent(channelId, id -> {
            ChannelRecords.Channel channel = new ChannelRecords.Channel(id, List.copyOf(memberMspIds), new java.util.LinkedHashMap<>());
            records.save(channel);
            return channel;
        });
        return channels.computeIfAbsent(channelId, id -> {
            ChannelLedger ledger = new ChannelLedger(id, memberMspIds.stream()
                    .collect(Collectors.toMap(mspId -> mspId, mspId -> organisation(mspId).msp())),
                    BlockStore.open(settings.dataDir().resolve("channels").resolve(id + ".blocks")));
            return new Network.Channel(ledger, new Orderer(ledger, settings.batchSize(), settings.batchTimeout()),
                    new ConcurrentHashMap<>());
        }).ledger();
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
        record(channelId, new ChannelRecords.Deployment(name, policy.toString(), null, null));
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
        record(channelId, new ChannelRecords.Deployment(name, policy.toString(), address, packageId));
    }

    private void record(String channelId, ChannelRecords.Deployment deployment) {
        ChannelRecords.Channel channel = recorded.get(channelId);
        if (!deployment.equals(channel.chaincodes().get(deployment.name()))) {
            channel.chaincodes().put(deployment.name(), deployment);
            records.save(channel);
        }
    }

    /** The package ids of the chaincodes served by processes of their own on any channel, with where devnet dials them. */
    public Map<String, InetSocketAddress> chaincodeServers() {
        Map<String, InetSocketAddress> servers = new java.util.LinkedHashMap<>();
        recorded.values().forEach(channel -> channel.chaincodes().values().stream()
                .filter(deployment -> !deployment.builtIn())
                .forEach(deployment -> servers.put(deployment.packageId(), deployment.address())));
        return servers;
    }

    /** The ledger of an open channel, if there is one (channels recorded before a restart are open again). */
    public Optional<ChannelLedger> channel(String channelId) {
        return Optional.ofNullable(channels.get(channelId)).map(Network.Channel::ledger);
    }

    /** The ids of the channels devnet serves. */
    public java.util.Set<String> channelIds() {
        return java.util.Set.copyOf(channels.keySet());
    }

    private Network.Channel openedChannel(String channelId) {
        Network.Channel channel = channels.get(channelId);
        if (channel == null) {
            throw new IllegalArgumentException("Channel " + channelId + " is not open");
        }
        return channel;
    }

    private ChaincodeConnection baseChaincode() {
        if (builtIn == null) {
            builtIn = BuiltInChaincode.start("base:built-in");
        }
        return builtIn.connection();
    }

    @Override
    public void close() {
        server.shutdownNow();
        try {
            server.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        channels.values().forEach(channel -> channel.orderer().close());
        external.forEach(ExternalChaincode::close);
        if (builtIn != null) {
            builtIn.close();
        }
    }
}

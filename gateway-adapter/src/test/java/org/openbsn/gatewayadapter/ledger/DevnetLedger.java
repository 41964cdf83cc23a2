package org.openbsn.gatewayadapter.ledger;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.infra.ledger.LedgerConnection;

/**
 * A devnet with one channel running the base chaincode, a ledger client to it over TLS, and a
 * member of Org1MSP to call it as: what the ledger tests start with.
 */
public record DevnetLedger(Devnet devnet, LedgerClient client, LedgerIdentity member) implements AutoCloseable {

    public static DevnetLedger start(Path data, String channel, String memberName) {
        Devnet devnet = Devnet.start(Devnet.Settings.defaults(data));
        devnet.openChannel(channel, List.of("Org1MSP"));
        devnet.deployBaseChaincode(channel, "base");
        LedgerClient client = new LedgerClient(List.of(peer(devnet, devnet.port())), Duration.ofSeconds(5));
        return new DevnetLedger(devnet, client, identity(devnet.organisation("Org1MSP").enroll(memberName, NodeOu.CLIENT)));
    }

    /** A peer at {@code port} of this machine that the devnet's TLS CA vouches for. */
    public static LedgerConnection.Peer peer(Devnet devnet, int port) {
        return new LedgerConnection.Peer("127.0.0.1", port, Pem.of(devnet.tlsCaCertificate()));
    }

    public static LedgerIdentity identity(Identity identity) {
        return new LedgerIdentity(identity.mspId(), identity.certificate(), identity.privateKey());
    }

    @Override
    public void close() {
        client.close();
        devnet.close();
    }
}

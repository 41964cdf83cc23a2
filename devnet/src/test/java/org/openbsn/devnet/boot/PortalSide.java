package org.openbsn.devnet.boot;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.openbsn.devnet.Devnet;
import org.openbsn.fabric.msp.Identity;
import org.openbsn.fabric.msp.NodeOu;
import org.openbsn.fabric.msp.Pem;
import org.openbsn.infra.ledger.ChaincodePackages;
import org.openbsn.infra.ledger.LedgerConnection;

/** What the portal wires around a devnet (DevnetConfiguration), built by hand for tests over a data directory. */
final class PortalSide {

    private PortalSide() {
    }

    static ChaincodeLauncher launcher(Path data) {
        return new ChaincodeLauncher(data.resolve("chaincode"), Duration.ofSeconds(60), "256m");
    }

    static LedgerConnection connection(Devnet devnet) {
        Identity portal = devnet.organisation("Org1MSP").enroll("portal", NodeOu.ADMIN);
        return new LedgerConnection(List.of(new LedgerConnection.Peer("127.0.0.1", devnet.port(), Pem.of(devnet.tlsCaCertificate()))),
                portal.mspId(), Pem.of(portal.certificate()), Pem.of(portal.privateKey()));
    }

    /** Channel administration with its own launcher, taking packages from {@code files} (Fabric package id to file). */
    static DevnetChannelAdministration administration(Devnet devnet, Path data, Map<String, byte[]> files) {
        return administration(devnet, launcher(data), files);
    }

    static DevnetChannelAdministration administration(Devnet devnet, ChaincodeLauncher launcher, Map<String, byte[]> files) {
        ChaincodePackages packages = id -> Optional.ofNullable(files.get(id));
        return new DevnetChannelAdministration(devnet, launcher, () -> Optional.of(packages),
                new LedgerEvaluator(connection(devnet)));
    }
}

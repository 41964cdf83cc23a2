package org.openbsn.devnet.boot;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The in-process network: its files live in {@code <dataDir>/devnet}; it listens on loopback at
 * {@code port} (0: any free port); the portal's organisation is {@code mspId}; blocks are cut at
 * {@code batchSize} transactions or after {@code batchTimeout}, as Fabric's BatchSize and BatchTimeout. A marketplace
 * package's chaincode runs with at most {@code chaincodeHeap} of heap and must listen within {@code chaincodeStartTimeout}.
 * The orderer's admin endpoint (channel participation) listens on {@code adminPort} (0: any free port).
 */
@ConfigurationProperties("bsn.ledger.devnet")
public record DevnetProperties(@DefaultValue("./data") Path dataDir, @DefaultValue("0") int port,
                               @DefaultValue("Org1MSP") String mspId, @DefaultValue("10") int batchSize,
                               @DefaultValue("200ms") Duration batchTimeout,
                               @DefaultValue("256m") String chaincodeHeap,
                               @DefaultValue("60s") Duration chaincodeStartTimeout,
                               @DefaultValue("0") int adminPort) {
}

package org.openbsn.gatewayadapter.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openbsn.devnet.ledger.BlockHashing;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.gatewayadapter.ledger.DevnetLedger;
import org.openbsn.gatewayadapter.ledger.LedgerClient;
import org.openbsn.gatewayadapter.ledger.LedgerIdentity;

/** Block hashes for blockInfo, from one real block stream per channel of a devnet over TLS. */
class BlockHashesTest {

    @TempDir
    static Path data;

    private static DevnetLedger ledger;
    private static LedgerClient client;
    private static LedgerIdentity member;

    @BeforeAll
    static void start() {
        ledger = DevnetLedger.start(data, "hashes-1", "hasher");
        client = ledger.client();
        member = ledger.member();
    }

    @AfterAll
    static void stop() {
        ledger.close();
    }

    private static long set(String key) {
        return client.transact(member, "hashes-1", "base", "set", List.of("{\"baseKey\":\"" + key + "\",\"baseValue\":\"v\"}"),
                Map.of()).blockNumber();
    }

    private static String headerHashOf(long block) {
        ChannelLedger blocks = ledger.devnet().channel("hashes-1").orElseThrow();
        return HexFormat.of().formatHex(BlockHashing.headerHash(blocks.block(block).getHeader()));
    }

    @Test
    void eachCommittedBlockIsKnownByItsHeaderHashAndABlockFromBeforeTheStreamIsLeftToTheCaller() {
        BlockHashes hashes = new BlockHashes(client, member);
        try {
            long before = set("before");
            List<Long> blocks = new ArrayList<>();
            long first = set("first");
            blocks.add(first);
            assertThat(hashes.of("hashes-1", first)).contains(headerHashOf(first));
            for (int i = 0; i < 3; i++) {
                blocks.add(set("next-" + i));
            }
            for (long block : blocks) {
                assertThat(hashes.of("hashes-1", block)).as("block %d", block).contains(headerHashOf(block));
            }

            assertThat(hashes.of("hashes-1", before)).as("a block from before the stream opened").isEmpty();
            assertThat(hashes.of("no-such-channel", 1)).isEqualTo(Optional.empty());
        } finally {
            hashes.destroy();
        }
        assertThat(hashes.of("hashes-1", 1)).as("a closed stream knows nothing").isEmpty();
    }
}

package org.openbsn.gatewayadapter.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.google.protobuf.InvalidProtocolBufferException;
import org.hyperledger.fabric.protos.common.Block;
import org.hyperledger.fabric.protos.common.BlockchainInfo;
import org.hyperledger.fabric.protos.peer.ProcessedTransaction;
import org.openbsn.gatewayadapter.api.GatewayApplicationView;
import org.openbsn.gatewayadapter.ledger.LedgerClient;
import org.openbsn.gatewayadapter.ledger.LedgerException;
import org.openbsn.gatewayadapter.ledger.LedgerIdentity;
import org.openbsn.gatewayadapter.protocol.GatewayDirectory;
import org.openbsn.gatewayadapter.protocol.GatewayRefusal;
import org.openbsn.gatewayadapter.protocol.GatewayRequest;
import org.springframework.stereotype.Component;

/**
 * An application's ledger as qscc serves it (GetChainInfo, GetBlockByNumber, GetBlockByHash,
 * GetBlockByTxID, GetTransactionByID), read with the portal's identity for members of the
 * application. Something that does not exist is a refusal naming it.
 */
@Component
class LedgerReads {

    private static final String QSCC = "qscc";
    private static final int MOST_BLOCK_HASHES = 4096;

    private final GatewayDirectory directory;
    private final LedgerClient ledger;
    private final LedgerIdentity portal;
    private final Map<String, String> blockHashes = new ConcurrentHashMap<>();
    private final BlockHashes streamed;

    LedgerReads(GatewayDirectory directory, LedgerClient ledger, LedgerIdentity portal, BlockHashes streamed) {
        this.directory = directory;
        this.ledger = ledger;
        this.portal = portal;
        this.streamed = streamed;
    }

    /** The caller's application, once it is known that the caller is one of its members (any role). */
    GatewayApplicationView applicationOfMember(GatewayRequest request) {
        GatewayApplicationView app = directory.application(request.appCode())
                .orElseThrow(() -> new GatewayRefusal("unknown application " + request.appCode()));
        if (directory.member(app.appCode(), request.userCode()).isEmpty()) {
            throw new GatewayRefusal("user " + request.userCode() + " is not a member of application " + app.appCode());
        }
        return app;
    }

    BlockchainInfo chainInfo(GatewayApplicationView app) {
        return parse(BlockchainInfo::parseFrom, call(app, "the ledger's height", "GetChainInfo"));
    }

    Block blockByNumber(GatewayApplicationView app, long number) {
        return parse(Block::parseFrom, call(app, "block " + number, "GetBlockByNumber", Long.toString(number)
                .getBytes(StandardCharsets.UTF_8)));
    }

    Block blockByHash(GatewayApplicationView app, byte[] hash) {
        return parse(Block::parseFrom, call(app, "block with hash " + HexFormat.of().formatHex(hash), "GetBlockByHash", hash));
    }

    Block blockOfTransaction(GatewayApplicationView app, String txId) {
        return parse(Block::parseFrom, call(app, "transaction " + txId, "GetBlockByTxID", txId.getBytes(StandardCharsets.UTF_8)));
    }

    ProcessedTransaction transaction(GatewayApplicationView app, String txId) {
        return parse(ProcessedTransaction::parseFrom, call(app, "transaction " + txId, "GetTransactionByID",
                txId.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * The block getBlockInfo and getBlockData ask for. When several selectors are given, txId wins,
     * then blockHash, then blockNumber (which the SDKs send as 0 when the caller set none).
     */
    Block selectedBlock(GatewayApplicationView app, GatewayRequest request) {
        String txId = request.text("txId");
        if (!txId.isEmpty()) {
            return blockOfTransaction(app, txId);
        }
        String hash = request.text("blockHash");
        if (!hash.isEmpty()) {
            if (!hash.matches("[0-9a-fA-F]{64}")) {
                throw new GatewayRefusal("body.blockHash must be 64 hexadecimal characters (a SHA-256 hash), not " + hash);
            }
            return blockByHash(app, HexFormat.of().parseHex(hash.toLowerCase()));
        }
        String number = request.text("blockNumber");
        try {
            long parsed = number.isEmpty() ? 0 : Long.parseLong(number);
            if (parsed < 0) {
                throw new NumberFormatException();
            }
            return blockByNumber(app, parsed);
        } catch (NumberFormatException notANumber) {
            throw new GatewayRefusal("body.blockNumber must be a whole number from 0, not " + number);
        }
    }

    /**
     * Lowercase hex of the hash of block {@code number}, for blockInfo.blockHash once a transaction is
     * in it; {@code ""} when the block cannot be read, since the transaction is committed all the same.
     */
    String blockHash(GatewayApplicationView app, long number) {
        Optional<String> known = streamed.of(app.channelId(), number);
        if (known.isPresent()) {
            return known.get();
        }
        if (blockHashes.size() >= MOST_BLOCK_HASHES) {
            blockHashes.clear();
        }
        try {
            // a committed block never changes, and the transactions of one block all ask for it
            return blockHashes.computeIfAbsent(app.channelId() + "#" + number,
                    block -> HexFormat.of().formatHex(BlockViews.headerHash(blockByNumber(app, number).getHeader())));
        } catch (GatewayRefusal unreadable) {
            return "";
        }
    }

    private byte[] call(GatewayApplicationView app, String what, String function, byte[]... args) {
        byte[][] all = new byte[args.length + 1][];
        all[0] = app.channelId().getBytes(StandardCharsets.UTF_8);
        System.arraycopy(args, 0, all, 1, args.length);
        try {
            return ledger.evaluateBytes(portal, app.channelId(), QSCC, function, all);
        } catch (LedgerException failed) {
            if (failed.reason() == LedgerException.Reason.CHAINCODE_REFUSED && notFound(failed.detail())) {
                throw new GatewayRefusal(what + " does not exist in the ledger of application " + app.appCode());
            }
            throw new GatewayRefusal("the ledger could not read " + what + ": " + failed.explained());
        }
    }

    /** qscc's words for something missing: devnet and Fabric's block index say "no such …", LevelDB "not found". */
    private static boolean notFound(String detail) {
        String lower = detail.toLowerCase(Locale.ROOT);
        return lower.contains("no such") || lower.contains("not found");
    }

    private interface Parser<T> {
        T parse(byte[] bytes) throws InvalidProtocolBufferException;
    }

    private static <T> T parse(Parser<T> parser, byte[] bytes) {
        try {
            return parser.parse(bytes);
        } catch (InvalidProtocolBufferException unreadable) {
            throw new IllegalStateException("qscc answered with bytes that are not the expected message", unreadable);
        }
    }
}

package org.openbsn.devnet.gateway;

import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import com.google.protobuf.ByteString;
import com.google.protobuf.Message;
import org.hyperledger.fabric.protos.peer.Response;
import org.openbsn.devnet.ledger.ChannelLedger;
import org.openbsn.devnet.policy.ChannelPolicy;

/**
 * The query system chaincode {@code qscc} every Fabric peer serves on every channel, answered here
 * in-process: GetChainInfo, GetBlockByNumber, GetBlockByHash, GetTransactionByID and GetBlockByTxID,
 * with Fabric's arguments (function, channel id, then the number, hash or transaction id) and
 * marshalled protos as results. Failures are chaincode errors worded as Fabric words them. Like
 * Fabric's qscc ACLs, it admits the Readers of the channel asked about.
 */
final class QuerySystemChaincode {

    static final String NAME = "qscc";

    private final Network network;

    QuerySystemChaincode(Network network) {
        this.network = network;
    }

    Response evaluate(ProposalCheck proposal) {
        List<ByteString> args = proposal.args();
        if (args.size() < 2) {
            return error("Incorrect number of arguments, " + args.size());
        }
        String function = args.get(0).toStringUtf8();
        String channelId = args.get(1).toStringUtf8();
        if (!function.equals("GetChainInfo") && args.size() < 3) {
            return error("missing 3rd argument for " + function);
        }
        Optional<Network.Channel> channel = network.channel(channelId);
        if (channel.isEmpty()) {
            return error("Invalid chain ID, " + channelId);
        }
        ChannelLedger ledger = channel.get().ledger();
        proposal.authorisedBy(ChannelPolicy.READERS, ledger);
        return switch (function) {
            case "GetChainInfo" -> success(ledger.info());
            case "GetBlockByNumber" -> blockByNumber(ledger, args.get(2).toStringUtf8());
            case "GetBlockByHash" -> ledger.blockByHash(args.get(2).toByteArray()).map(QuerySystemChaincode::success)
                    .orElseGet(() -> error("Failed to get block hash " + HexFormat.of().formatHex(args.get(2).toByteArray())
                            + ", error no such block hash in index"));
            case "GetTransactionByID" -> ledger.transaction(args.get(2).toStringUtf8()).map(QuerySystemChaincode::success)
                    .orElseGet(() -> error("Failed to get transaction with id " + args.get(2).toStringUtf8()
                            + ", error no such transaction ID [" + args.get(2).toStringUtf8() + "] in index"));
            case "GetBlockByTxID" -> ledger.blockOfTransaction(args.get(2).toStringUtf8()).map(QuerySystemChaincode::success)
                    .orElseGet(() -> error("Failed to get block for txID " + args.get(2).toStringUtf8()
                            + ", error no such transaction ID [" + args.get(2).toStringUtf8() + "] in index"));
            default -> error("Requested function " + function + " not found.");
        };
    }

    private static Response blockByNumber(ChannelLedger ledger, String text) {
        long number;
        try {
            number = Long.parseUnsignedLong(text);
        } catch (NumberFormatException notANumber) {
            return error("Failed to parse block number with error: '" + text + "' is not a block number");
        }
        if (number < 0 || number >= ledger.height()) {
            return error("Failed to get block number " + Long.toUnsignedString(number) + ", error no such block number ["
                    + Long.toUnsignedString(number) + "] in index");
        }
        return success(ledger.block(number));
    }

    private static Response success(Message result) {
        return Response.newBuilder().setStatus(200).setPayload(result.toByteString()).build();
    }

    private static Response error(String message) {
        return Response.newBuilder().setStatus(500).setMessage(message).build();
    }
}

package org.openbsn.gatewayadapter.protocol;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The string each SDK signs for each path (BSN-GATEWAY.md §2). For reqChainCode the transient data
 * is tried in the order its keys appear in the JSON, then sorted, then, for a few keys, in every
 * other order, since the Go SDK signs in map order but writes the keys sorted.
 */
final class RequestMacs {

    private static final int MAX_PERMUTED_KEYS = 4;

    private RequestMacs() {
    }

    /** Whether {@code mac} signs this request, checked with {@code verifier}. */
    static boolean verifies(GatewayRequest request, MacCheck verifier) {
        return candidates(request).stream().anyMatch(text -> verifier.matches(text, request.mac()));
    }

    /** Checks one candidate string against a mac. */
    @FunctionalInterface
    interface MacCheck {
        boolean matches(String text, String mac);
    }

    static List<String> candidates(GatewayRequest request) {
        String b = request.caller();
        String path = request.path();
        return switch (path) {
            case "/api/fabric/v1/user/register" -> List.of(b + request.text("name") + request.text("secret")
                    + request.text("extendProperties"));
            case "/api/fabric/v1/user/enroll" -> List.of(b + request.text("name") + request.text("secret")
                    + request.text("csrPem"));
            case "/api/fabric/v1/node/reqChainCode" -> reqChainCode(request, b);
            case "/api/fabric/v1/node/trans", "/api/fabric/v1/node/trans/prepare" -> List.of(b + request.text("transData"));
            case "/api/fabric/v1/node/trans/commit" -> List.of(b + request.text("txId") + request.text("signature"));
            case "/api/fabric/v1/node/getTransaction" -> List.of(b + request.text("txId"));
            case "/api/fabric/v1/node/getTransdata" -> List.of(b + request.text("txId") + request.text("dataType"));
            case "/api/fabric/v1/node/getBlockInfo" -> List.of(b + numberOrZero(request.text("blockNumber"))
                    + request.text("blockHash") + request.text("txId"));
            case "/api/fabric/v1/node/getBlockData" -> List.of(b + numberOrZero(request.text("blockNumber"))
                    + request.text("blockHash") + request.text("txId") + request.text("dataType"));
            case "/api/fabric/v1/node/getLedgerInfo", "/api/fabric/v1/chainCode/event/query" -> List.of(b);
            case "/api/fabric/v1/chainCode/event/register", "/api/fabric/v1/chainCode/event/blockRegister" ->
                    List.of(b + request.text("chainCode") + request.text("eventKey") + request.text("notifyUrl")
                            + request.text("attachArgs"));
            case "/api/fabric/v1/chainCode/event/remove" -> List.of(b + request.text("eventId"));
            default -> List.of();
        };
    }

    private static List<String> reqChainCode(GatewayRequest request, String b) {
        StringBuilder fixed = new StringBuilder(b).append(request.text("userName")).append(request.text("nonce"))
                .append(request.text("chainCode")).append(request.text("funcName"));
        request.strings("args").forEach(fixed::append);
        List<Map.Entry<String, String>> transientData = request.entries("transientData");
        List<String> candidates = new ArrayList<>();
        candidates.add(fixed + joined(transientData));
        if (transientData.size() > 1) {
            List<Map.Entry<String, String>> sorted = new ArrayList<>(transientData);
            sorted.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
            candidates.add(fixed + joined(sorted));
            if (transientData.size() <= MAX_PERMUTED_KEYS) {
                permutations(transientData).forEach(order -> candidates.add(fixed + joined(order)));
            }
        }
        return candidates.stream().distinct().toList();
    }

    private static String joined(List<Map.Entry<String, String>> entries) {
        StringBuilder text = new StringBuilder();
        entries.forEach(entry -> text.append(entry.getKey()).append(entry.getValue()));
        return text.toString();
    }

    private static List<List<Map.Entry<String, String>>> permutations(List<Map.Entry<String, String>> entries) {
        if (entries.size() <= 1) {
            return List.of(entries);
        }
        List<List<Map.Entry<String, String>>> all = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            List<Map.Entry<String, String>> rest = new ArrayList<>(entries);
            Map.Entry<String, String> first = rest.remove(i);
            for (List<Map.Entry<String, String>> tail : permutations(rest)) {
                List<Map.Entry<String, String>> order = new ArrayList<>();
                order.add(first);
                order.addAll(tail);
                all.add(order);
            }
        }
        return all;
    }

    /** getBlockInfo and getBlockData sign a missing block number as "0". */
    private static String numberOrZero(String number) {
        return Optional.of(number).filter(n -> !n.isEmpty()).orElse("0");
    }
}

package org.openbsn.noderegistry.command;

import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import org.openbsn.noderegistry.PeerSettings;
import org.openbsn.noderegistry.api.PeerAllocatedEvent;
import org.openbsn.noderegistry.api.PeerReleasedEvent;

/** The peers of one city node, the applications on each, and where the next application goes. */
final class PeerPool {

    /** Where an application is to run: an existing or new peer, dedicated to it or shared. */
    record Placement(String peerId, boolean dedicated) {
    }

    private record Peer(int number, boolean dedicated, Map<String, Integer> applications) {

        int load() {
            return applications.values().stream().mapToInt(Integer::intValue).sum();
        }
    }

    private final Map<String, Peer> peers = new LinkedHashMap<>();
    private final Map<String, String> peerOfApplication = new HashMap<>();
    private int peersOpened;

    Optional<String> peerOf(String applicationId) {
        return Optional.ofNullable(peerOfApplication.get(applicationId));
    }

    int tpsOf(String applicationId) {
        return peers.get(peerOfApplication.get(applicationId)).applications().get(applicationId);
    }

    /**
     * A dedicated new peer at or above the threshold; otherwise the shared peer with the most load that stays
     * within the saturation mark after adding {@code tps} (the lowest-numbered among equals), or a new shared one.
     */
    Placement place(int tps, PeerSettings settings) {
        if (tps >= settings.dedicatedTpsThreshold()) {
            return new Placement(nextPeerId(), true);
        }
        return peers.entrySet().stream()
                .filter(entry -> !entry.getValue().dedicated() && settings.sharedPeerTakes(entry.getValue().load() + tps))
                .max(Comparator.comparingInt((Map.Entry<String, Peer> entry) -> entry.getValue().load())
                        .thenComparing(entry -> entry.getValue().number(), Comparator.reverseOrder()))
                .map(entry -> new Placement(entry.getKey(), false))
                .orElseGet(() -> new Placement(nextPeerId(), false));
    }

    void allocated(PeerAllocatedEvent event) {
        int number = Integer.parseInt(event.peerId().substring("peer".length()));
        peersOpened = Math.max(peersOpened, number + 1);
        peers.computeIfAbsent(event.peerId(), id -> new Peer(number, event.dedicated(), new HashMap<>()))
                .applications().put(event.applicationId(), event.tps());
        peerOfApplication.put(event.applicationId(), event.peerId());
    }

    /** A dedicated peer goes with its application; an emptied shared peer stays for the next ones. */
    void released(PeerReleasedEvent event) {
        peerOfApplication.remove(event.applicationId());
        Peer peer = peers.get(event.peerId());
        peer.applications().remove(event.applicationId());
        if (peer.dedicated()) {
            peers.remove(event.peerId());
        }
    }

    private String nextPeerId() {
        return "peer" + peersOpened;
    }
}

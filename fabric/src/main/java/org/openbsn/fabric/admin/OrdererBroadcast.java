package org.openbsn.fabric.admin;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.grpc.ManagedChannel;
import io.grpc.stub.StreamObserver;
import org.hyperledger.fabric.protos.common.Envelope;
import org.hyperledger.fabric.protos.common.Status;
import org.hyperledger.fabric.protos.orderer.AtomicBroadcastGrpc;
import org.hyperledger.fabric.protos.orderer.BroadcastResponse;

/** Sends one envelope (a configuration update) to an orderer's Broadcast service and waits for its verdict. */
public final class OrdererBroadcast {

    private OrdererBroadcast() {
    }

    /** Broadcasts {@code envelope} to the orderer at {@code host:port}; anything but SUCCESS is refused with its words. */
    public static void send(String host, int port, String tlsCaPem, Envelope envelope) {
        ManagedChannel channel = PeerChannels.open(host, port, tlsCaPem, "");
        try {
            CompletableFuture<BroadcastResponse> answer = new CompletableFuture<>();
            StreamObserver<Envelope> requests = AtomicBroadcastGrpc.newStub(channel).broadcast(new StreamObserver<>() {
                @Override
                public void onNext(BroadcastResponse response) {
                    answer.complete(response);
                }

                @Override
                public void onError(Throwable failure) {
                    answer.completeExceptionally(failure);
                }

                @Override
                public void onCompleted() {
                    answer.completeExceptionally(new IllegalStateException("the orderer closed the stream without an answer"));
                }
            });
            requests.onNext(envelope);
            BroadcastResponse response = answer.get(30, TimeUnit.SECONDS);
            requests.onCompleted();
            if (response.getStatus() != Status.SUCCESS) {
                throw new AdminRefusal("The orderer at " + host + ":" + port + " refused the update (" + response.getStatus()
                        + "): " + response.getInfo());
            }
        } catch (ExecutionException | TimeoutException e) {
            throw new AdminRefusal("The orderer at " + host + ":" + port + " could not take the update: "
                    + (e.getCause() == null ? e : e.getCause()).getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AdminRefusal("Interrupted while sending an update to the orderer at " + host + ":" + port, e);
        } finally {
            channel.shutdownNow();
        }
    }
}

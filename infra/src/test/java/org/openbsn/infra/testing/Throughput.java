package org.openbsn.infra.testing;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/** The benchmarks' load: {@code clients} threads making {@code perClient} calls each, and the figures they measure. */
public final class Throughput {

    /** One call of a benchmark, by client {@code client}, the {@code i}-th it makes. */
    @FunctionalInterface
    public interface Call {
        void make(int client, int i) throws Exception;
    }

    private Throughput() {
    }

    /** Runs the load and answers clients, transactions, seconds, transactions per second and p50/p99 latency in ms. */
    public static Map<String, Object> run(int clients, int perClient, Call call) throws Exception {
        long[][] latencies = new long[clients][perClient];
        long cpuBefore = processCpuNanos();
        long start = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            List<Future<?>> work = new ArrayList<>();
            for (int c = 0; c < clients; c++) {
                int client = c;
                work.add(pool.submit(() -> {
                    for (int i = 0; i < perClient; i++) {
                        long t = System.nanoTime();
                        call.make(client, i);
                        latencies[client][i] = System.nanoTime() - t;
                    }
                    return null;
                }));
            }
            for (Future<?> done : work) {
                done.get();
            }
        } finally {
            pool.shutdown();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuMillis = (processCpuNanos() - cpuBefore) / 1e6;
        long[] all = Arrays.stream(latencies).flatMapToLong(Arrays::stream).sorted().toArray();
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("clients", clients);
        figures.put("transactions", all.length);
        figures.put("seconds", round(seconds));
        figures.put("transactionsPerSecond", round(all.length / seconds));
        figures.put("latencyP50Ms", round(all[all.length / 2] / 1e6));
        figures.put("latencyP99Ms", round(all[(int) Math.ceil(all.length * 0.99) - 1] / 1e6));
        // everything in this JVM (clients, servers, in-process ledger), so that a path's own work shows per call
        figures.put("processCpuMsPerTransaction", round(cpuMillis / all.length));
        figures.put("processCpuBusyPercent", round(cpuMillis / (seconds * 1000 * Runtime.getRuntime().availableProcessors()) * 100));
        return figures;
    }

    private static long processCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    /** Two decimals, as the benchmark files show figures. */
    public static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}

package org.openbsn.fabric.testing;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/** One peer or orderer as an OS process: started, probed until ready, stopped or killed, its output in a log file. */
final class NodeProcess {

    private static final Duration PROBE_INTERVAL = Duration.ofMillis(100);
    private static final Duration STOP_GRACE = Duration.ofSeconds(10);
    private static final int TAIL_LINES = 40;

    private final String name;
    private final List<String> command;
    private final Map<String, String> environment;
    private final Path directory;
    private final Path log;
    private final BooleanSupplier ready;
    private volatile Process process;

    NodeProcess(String name, List<String> command, Map<String, String> environment, Path directory, Path log,
                BooleanSupplier ready) {
        this.name = name;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
        this.directory = directory;
        this.log = log;
        this.ready = ready;
    }

    String name() {
        return name;
    }

    Path log() {
        return log;
    }

    /** Starts the process without waiting for it; its output is appended to the log. */
    synchronized void launch() {
        if (alive()) {
            throw new IllegalStateException(name + " is already running (pid " + process.pid() + ")");
        }
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, "=== " + name + " started at " + Instant.now() + " ===\n", StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.APPEND);
            ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
            // only what we set: a stray CORE_* or ORDERER_* in the test's environment would override the config
            builder.environment().keySet().removeIf(key -> !List.of("PATH", "HOME", "TMPDIR").contains(key));
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start " + name + " (" + command.get(0) + ")", e);
        }
    }

    /** Waits until the readiness probe passes; fails with the log's tail when the process dies or time runs out. */
    void awaitReady(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        while (!ready.getAsBoolean()) {
            if (!alive()) {
                throw new IllegalStateException(name + " exited with status " + process.exitValue()
                        + " before it was ready; last lines of " + log + ":\n" + tail());
            }
            if (Instant.now().isAfter(deadline)) {
                throw new IllegalStateException(name + " was not ready within " + timeout.toSeconds()
                        + " s; last lines of " + log + ":\n" + tail());
            }
            LockSupport.parkNanos(PROBE_INTERVAL.toNanos());
        }
    }

    boolean alive() {
        Process running = process;
        return running != null && running.isAlive();
    }

    /** The OS process id of the current (or last) run. */
    long pid() {
        if (process == null) {
            throw new IllegalStateException(name + " was never started");
        }
        return process.pid();
    }

    /** SIGKILL, then waits until the process is gone. */
    synchronized void kill() {
        if (process != null) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            awaitExit(STOP_GRACE);
        }
    }

    /** SIGTERM, then waits for the process to exit (SIGKILL if it does not within a grace period). */
    synchronized void stop() {
        if (alive()) {
            process.destroy();
            if (!awaitExit(STOP_GRACE)) {
                kill();
            }
        }
    }

    /** The last lines of the log, to say why a start failed. */
    String tail() {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8).lines().toList();
            return String.join("\n", lines.subList(Math.max(0, lines.size() - TAIL_LINES), lines.size()));
        } catch (IOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }

    private boolean awaitExit(Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}

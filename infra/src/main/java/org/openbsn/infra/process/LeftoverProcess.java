package org.openbsn.infra.process;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A server that a crashed portal left running still holds its data directory. Its pid file names
 * it; if that process is still alive and is the expected program, it is asked to stop (SIGTERM,
 * the server's own orderly shutdown) so that this start can take over.
 */
public final class LeftoverProcess {

    private static final Logger log = LoggerFactory.getLogger(LeftoverProcess.class);

    private LeftoverProcess() {
    }

    /**
     * Stops the process named on the first line of {@code pidFile} when its command line contains
     * {@code program}; does nothing when there is no such file or process.
     */
    public static void stop(Path pidFile, String program, Duration patience) throws IOException {
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        if (lines.isEmpty() || !lines.get(0).strip().matches("\\d+")) {
            return;
        }
        long pid = Long.parseLong(lines.get(0).strip());
        var leftover = ProcessHandle.of(pid).filter(handle -> handle.info().commandLine()
                .or(() -> handle.info().command()).map(line -> line.contains(program)).orElse(false));
        if (leftover.isEmpty()) {
            return;
        }
        log.warn("Stopping {} {} left running on {} by an earlier portal", program, pid, pidFile.getParent());
        leftover.get().destroy();
        try {
            leftover.get().onExit().get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (Exception slow) {
            throw new IOException(program + " " + pid + " left running on " + pidFile.getParent() + " did not stop within "
                    + patience.toSeconds() + " s; stop it and start again", slow);
        }
    }
}

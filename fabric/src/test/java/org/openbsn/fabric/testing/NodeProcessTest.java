package org.openbsn.fabric.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process that never gets ready says why, with the end of its log, and is not left running. */
class NodeProcessTest {

    @Test
    void aProcessThatExitsBeforeItIsReadyFailsWithTheTailOfItsLog(@TempDir Path directory) {
        NodeProcess process = shell(directory, "echo 'panic: cannot listen on 127.0.0.1:7050'; exit 3");
        process.launch();

        assertThatThrownBy(() -> process.awaitReady(Duration.ofSeconds(30)))
                .hasMessageContaining("orderer9 exited with status 3 before it was ready")
                .hasMessageContaining("panic: cannot listen on 127.0.0.1:7050");
    }

    @Test
    void aProcessThatNeverAnswersTimesOutWithTheTailOfItsLogAndCanBeKilled(@TempDir Path directory) {
        NodeProcess process = shell(directory, "echo 'waiting for the ledger'; exec sleep 60");
        process.launch();

        assertThatThrownBy(() -> process.awaitReady(Duration.ofSeconds(1)))
                .hasMessageContaining("orderer9 was not ready within 1 s")
                .hasMessageContaining("waiting for the ledger");
        long pid = process.pid();
        process.kill();
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).isEmpty();
        assertThat(process.alive()).isFalse();
    }

    private static NodeProcess shell(Path directory, String script) {
        return new NodeProcess("orderer9", List.of("/bin/sh", "-c", script), Map.of(), directory,
                directory.resolve("logs/orderer9.log"), () -> false);
    }
}

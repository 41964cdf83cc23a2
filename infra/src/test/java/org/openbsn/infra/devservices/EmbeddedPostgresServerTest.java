package org.openbsn.infra.devservices;

import org.junit.jupiter.api.Test;
import org.openbsn.infra.testing.TestDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded PostgreSQL keeps the README's promise: a commit is on disk before the portal reports it done. */
class EmbeddedPostgresServerTest {

    @Test
    void runningServerWaitsForEveryCommitToReachTheDisk() {
        var jdbc = TestDatabase.get().jdbc();

        assertThat(jdbc.sql("SHOW synchronous_commit").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW fsync").query(String.class).single()).isEqualTo("on");
        assertThat(jdbc.sql("SHOW full_page_writes").query(String.class).single()).isEqualTo("on");
    }
}

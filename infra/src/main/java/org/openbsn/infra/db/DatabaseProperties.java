package org.openbsn.infra.db;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where the portal keeps its data. With no {@code url}, an embedded PostgreSQL is started whose
 * data directory is {@code embeddedDir}, or {@code <dataDir>/postgres} when that is not set.
 */
@ConfigurationProperties("bsn.db")
public record DatabaseProperties(
        String url,
        String user,
        String password,
        Path embeddedDir,
        @DefaultValue("./data") Path dataDir) {

    public boolean external() {
        return url != null && !url.isBlank();
    }

    public Path embeddedDataDirectory() {
        return embeddedDir != null && !embeddedDir.toString().isBlank()
                ? embeddedDir
                : dataDir.resolve("postgres");
    }
}

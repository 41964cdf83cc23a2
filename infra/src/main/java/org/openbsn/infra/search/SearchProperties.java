package org.openbsn.infra.search;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Where search lives. With no {@code url}, an embedded Elasticsearch is started with its data in
 * {@code <dataDir>/elasticsearch}; {@code indexPrefix} keeps several portals apart on one cluster.
 */
@ConfigurationProperties("bsn.search")
public record SearchProperties(
        String url,
        String user,
        String password,
        @DefaultValue("bsn") String indexPrefix,
        Path distribution,
        @DefaultValue("512m") String heap,
        @DefaultValue("./data") Path dataDir) {

    public boolean external() {
        return url != null && !url.isBlank();
    }
}

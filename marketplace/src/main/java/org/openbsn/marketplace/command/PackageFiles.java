package org.openbsn.marketplace.command;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.openbsn.infra.ledger.ChaincodePackages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The uploaded package files, by Fabric package id. Written by the upload's command handler, so in the same
 * transaction as its event: a refused upload leaves no file. The ledger side reads them to run a package.
 */
@Component
class PackageFiles implements ChaincodePackages {

    private final JdbcClient jdbc;

    PackageFiles(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    boolean exists(String fabricPackageId) {
        return jdbc.sql("select count(*) from marketplace_package_file where fabric_package_id = :id")
                .param("id", fabricPackageId).query(Long.class).single() > 0;
    }

    void store(String fabricPackageId, String sha256, byte[] bytes, Instant at) {
        jdbc.sql("""
                        insert into marketplace_package_file (fabric_package_id, sha256, size_bytes, bytes, stored_at)
                        values (:id, :sha, :size, :bytes, :at)""")
                .param("id", fabricPackageId).param("sha", sha256).param("size", bytes.length).param("bytes", bytes)
                .param("at", Timestamp.from(at))
                .update();
    }

    @Override
    public Optional<byte[]> packageFile(String fabricPackageId) {
        return jdbc.sql("select bytes from marketplace_package_file where fabric_package_id = :id")
                .param("id", fabricPackageId)
                .query((rs, row) -> rs.getBytes("bytes"))
                .optional();
    }
}

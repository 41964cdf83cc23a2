package org.openbsn.noderegistry.command;

import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One owner cannot have two live nodes of the same name (compared without case or surrounding
 * blanks). A rejected or retired node frees its name.
 */
@Component
class NodeNameClaims {

    private final JdbcClient jdbc;

    NodeNameClaims(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Claims the name for the node; false when the owner already has a node of that name. */
    boolean claim(String ownerId, String name, String nodeId) {
        return jdbc.sql("""
                        insert into node_name_claim (owner_id, name_key, node_id) values (:owner, :name, :node)
                        on conflict do nothing""")
                .param("owner", ownerId).param("name", key(name)).param("node", nodeId)
                .update() == 1;
    }

    void release(String nodeId) {
        jdbc.sql("delete from node_name_claim where node_id = :node").param("node", nodeId).update();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}

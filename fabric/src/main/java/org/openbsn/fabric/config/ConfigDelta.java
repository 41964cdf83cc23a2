package org.openbsn.fabric.config;

import java.util.HashMap;
import java.util.Map;

import org.hyperledger.fabric.protos.common.ConfigGroup;
import org.hyperledger.fabric.protos.common.ConfigPolicy;
import org.hyperledger.fabric.protos.common.ConfigUpdate;
import org.hyperledger.fabric.protos.common.ConfigValue;

/**
 * The read and write sets that take a channel from one configuration to another, computed as Fabric's
 * {@code configtxlator compute_update} computes them: what changed is written at its version + 1, what is new at
 * version 0, and every group whose members changed is read at the version the update was computed against, so an
 * update computed from a stale configuration is refused by the orderers.
 */
public final class ConfigDelta {

    private ConfigDelta() {
    }

    /** The update from {@code original} to {@code updated} for {@code channelId}; refused when nothing differs. */
    public static ConfigUpdate compute(String channelId, ConfigGroup original, ConfigGroup updated) {
        Update update = group(original, updated);
        if (!update.changed()) {
            throw new IllegalArgumentException("the configuration of channel " + channelId + " would not change");
        }
        return ConfigUpdate.newBuilder().setChannelId(channelId).setReadSet(update.read()).setWriteSet(update.write()).build();
    }

    private record Update(ConfigGroup read, ConfigGroup write, boolean changed) {
    }

    private static Update group(ConfigGroup original, ConfigGroup updated) {
        Map<String, ConfigPolicy> readPolicies = new HashMap<>();
        Map<String, ConfigPolicy> writePolicies = new HashMap<>();
        Map<String, ConfigPolicy> samePolicies = new HashMap<>();
        boolean membersChanged = !original.getModPolicy().equals(updated.getModPolicy());
        for (var entry : original.getPoliciesMap().entrySet()) {
            ConfigPolicy now = updated.getPoliciesMap().get(entry.getKey());
            if (now == null) {
                membersChanged = true;
            } else if (now.getModPolicy().equals(entry.getValue().getModPolicy())
                    && now.getPolicy().equals(entry.getValue().getPolicy())) {
                samePolicies.put(entry.getKey(), ConfigPolicy.newBuilder().setVersion(entry.getValue().getVersion()).build());
            } else {
                writePolicies.put(entry.getKey(), now.toBuilder().setVersion(entry.getValue().getVersion() + 1).build());
            }
        }
        for (var entry : updated.getPoliciesMap().entrySet()) {
            if (!original.getPoliciesMap().containsKey(entry.getKey())) {
                membersChanged = true;
                writePolicies.put(entry.getKey(), entry.getValue().toBuilder().setVersion(0).build());
            }
        }
        Map<String, ConfigValue> readValues = new HashMap<>();
        Map<String, ConfigValue> writeValues = new HashMap<>();
        Map<String, ConfigValue> sameValues = new HashMap<>();
        for (var entry : original.getValuesMap().entrySet()) {
            ConfigValue now = updated.getValuesMap().get(entry.getKey());
            if (now == null) {
                membersChanged = true;
            } else if (now.getModPolicy().equals(entry.getValue().getModPolicy())
                    && now.getValue().equals(entry.getValue().getValue())) {
                sameValues.put(entry.getKey(), ConfigValue.newBuilder().setVersion(entry.getValue().getVersion()).build());
            } else {
                writeValues.put(entry.getKey(), now.toBuilder().setVersion(entry.getValue().getVersion() + 1).build());
            }
        }
        for (var entry : updated.getValuesMap().entrySet()) {
            if (!original.getValuesMap().containsKey(entry.getKey())) {
                membersChanged = true;
                writeValues.put(entry.getKey(), entry.getValue().toBuilder().setVersion(0).build());
            }
        }
        Map<String, ConfigGroup> readGroups = new HashMap<>();
        Map<String, ConfigGroup> writeGroups = new HashMap<>();
        Map<String, ConfigGroup> sameGroups = new HashMap<>();
        for (var entry : original.getGroupsMap().entrySet()) {
            ConfigGroup now = updated.getGroupsMap().get(entry.getKey());
            if (now == null) {
                membersChanged = true;
                continue;
            }
            Update child = group(entry.getValue(), now);
            if (!child.changed()) {
                sameGroups.put(entry.getKey(), child.read());
            } else {
                readGroups.put(entry.getKey(), child.read());
                writeGroups.put(entry.getKey(), child.write());
            }
        }
        for (var entry : updated.getGroupsMap().entrySet()) {
            if (!original.getGroupsMap().containsKey(entry.getKey())) {
                membersChanged = true;
                Update created = group(ConfigGroup.getDefaultInstance(), entry.getValue());
                writeGroups.put(entry.getKey(), created.write().toBuilder().setVersion(0)
                        .setModPolicy(entry.getValue().getModPolicy()).build());
            }
        }
        long version = original.getVersion();
        if (!membersChanged) {
            boolean nothing = readPolicies.isEmpty() && writePolicies.isEmpty() && readValues.isEmpty()
                    && writeValues.isEmpty() && readGroups.isEmpty() && writeGroups.isEmpty();
            if (nothing) {
                ConfigGroup same = ConfigGroup.newBuilder().setVersion(version).build();
                return new Update(same, same, false);
            }
            return new Update(
                    ConfigGroup.newBuilder().setVersion(version).putAllPolicies(readPolicies).putAllValues(readValues)
                            .putAllGroups(readGroups).build(),
                    ConfigGroup.newBuilder().setVersion(version).putAllPolicies(writePolicies).putAllValues(writeValues)
                            .putAllGroups(writeGroups).build(), true);
        }
        readPolicies.putAll(samePolicies);
        writePolicies.putAll(samePolicies);
        readValues.putAll(sameValues);
        writeValues.putAll(sameValues);
        readGroups.putAll(sameGroups);
        writeGroups.putAll(sameGroups);
        return new Update(
                ConfigGroup.newBuilder().setVersion(version).putAllPolicies(readPolicies).putAllValues(readValues)
                        .putAllGroups(readGroups).build(),
                ConfigGroup.newBuilder().setVersion(version + 1).setModPolicy(updated.getModPolicy())
                        .putAllPolicies(writePolicies).putAllValues(writeValues).putAllGroups(writeGroups).build(), true);
    }
}

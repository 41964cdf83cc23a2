/**
 * Fabric's policies as devnet applies them: a chaincode's {@link org.openbsn.devnet.policy.EndorsementPolicy}
 * in Fabric's signature-policy syntax or as MAJORITY, ANY or ALL of the channel's organisations,
 * and the channel's {@link org.openbsn.devnet.policy.ChannelPolicy} Readers and Writers. Policies
 * judge identities that were already verified; checking signatures stays with the callers.
 */
package org.openbsn.devnet.policy;

/**
 * The peer's side of Fabric's chaincode protocol: devnet dials a chaincode served as
 * chaincode-as-a-service (in this process, {@link org.openbsn.devnet.chaincode.BuiltInChaincode}, or
 * in a process of its own, {@link org.openbsn.devnet.chaincode.ExternalChaincode}), answers REGISTER,
 * and runs transactions whose GET_STATE, PUT_STATE, DEL_STATE and GET_HISTORY_FOR_KEY it serves from
 * a {@link org.openbsn.devnet.chaincode.StateView}, collecting the reads and writes of the simulation.
 */
package org.openbsn.devnet.chaincode;

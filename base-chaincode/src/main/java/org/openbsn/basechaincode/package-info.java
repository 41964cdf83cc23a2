/**
 * BSN's pre-built CRUD chaincode: functions {@code set}, {@code update}, {@code delete}, {@code get}
 * and {@code getHistory}, state under {@code base_key_<baseKey>}. Runs as chaincode-as-a-service.
 */
package org.openbsn.basechaincode;

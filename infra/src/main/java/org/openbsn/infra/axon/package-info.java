/** Axon settings shared by every context: processors, the ORM mapping of Axon's tables, replays, read-your-writes. */
package org.openbsn.infra.axon;

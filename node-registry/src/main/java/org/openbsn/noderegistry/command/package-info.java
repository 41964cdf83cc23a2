/** The city-node aggregate and the per-owner name claims. */
package org.openbsn.noderegistry.command;

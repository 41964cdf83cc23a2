/** The chaincode package aggregate, its upload handler, the stored package files and the marketplace facade. */
package org.openbsn.marketplace.command;

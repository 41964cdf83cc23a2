/** The order aggregate and the handlers that price, pay, invoice and refund it. */
package org.openbsn.billing.command;

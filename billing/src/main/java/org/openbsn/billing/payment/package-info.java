/** Payment providers: the interface the orders use and the offline test provider. */
package org.openbsn.billing.payment;

/** Payment providers: the interface the orders use, the offline test provider and the rule for return URLs. */
package org.openbsn.billing.payment;

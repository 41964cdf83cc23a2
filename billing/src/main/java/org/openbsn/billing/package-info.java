/**
 * Quotes, orders, payments (Stripe or the offline provider), invoices, renewals, refunds and node
 * owners' earnings. Other modules use only {@code api}.
 */
package org.openbsn.billing;

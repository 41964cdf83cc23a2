/**
 * Quotes, orders, payments (Stripe or the offline provider), invoices, renewals, refunds and payouts.
 * Nothing is built here yet; see DESIGN.md and the open issues.
 */
package org.openbsn.billing;

/** Billing's read models: orders, invoices and node owners' earnings. */
package org.openbsn.billing.query;

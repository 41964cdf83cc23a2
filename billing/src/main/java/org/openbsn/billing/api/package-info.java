/** What other modules may use of billing: quotes, orders, payments, refunds, invoices and earnings. */
package org.openbsn.billing.api;

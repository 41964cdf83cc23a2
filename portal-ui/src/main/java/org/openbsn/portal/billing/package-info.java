/** Billing views: the offline test checkout, a publisher's orders and invoices, a node owner's earnings. */
package org.openbsn.portal.billing;

/** Stripe: Checkout Sessions and refunds through stripe-java, and the signed webhook that reports payments. */
package org.openbsn.billing.stripe;

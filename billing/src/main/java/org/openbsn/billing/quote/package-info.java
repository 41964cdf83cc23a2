/** Pricing: resources on city nodes for a number of years, plus the platform fee. */
package org.openbsn.billing.quote;

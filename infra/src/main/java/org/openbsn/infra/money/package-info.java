/** Money as every context counts it. */
package org.openbsn.infra.money;

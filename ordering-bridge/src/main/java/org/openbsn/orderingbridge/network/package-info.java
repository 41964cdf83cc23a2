/** The service network's organisations: every approved city node a Fabric organisation of its own. */
package org.openbsn.orderingbridge.network;

/** City nodes: registration, approval, capacity and prices, and the reservations applications hold on them. */
package org.openbsn.noderegistry;

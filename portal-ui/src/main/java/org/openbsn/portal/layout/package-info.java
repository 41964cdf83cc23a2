/** The frame around every signed-in page; it knows the views, the views do not know it. */
package org.openbsn.portal.layout;

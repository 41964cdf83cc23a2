/** The start page after sign-in. */
package org.openbsn.portal.home;

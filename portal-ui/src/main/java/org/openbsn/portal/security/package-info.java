/** Sign-in, the signed-in person, and which requests need which role. */
package org.openbsn.portal.security;

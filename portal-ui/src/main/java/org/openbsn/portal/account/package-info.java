/** Sign-in, sign-up and password views. */
package org.openbsn.portal.account;

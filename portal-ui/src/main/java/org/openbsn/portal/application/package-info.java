/** Publishers' applications: the publishing wizard, the live progress view and the dashboard; participants joining them. */
package org.openbsn.portal.application;

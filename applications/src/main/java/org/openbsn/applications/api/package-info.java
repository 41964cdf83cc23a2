/** What other modules may use of applications: the published application, its functions and roles (ARBAC), participants and publishing. */
package org.openbsn.applications.api;

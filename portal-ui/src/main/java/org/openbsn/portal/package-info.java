/** The portal: assembles every bounded context into one Spring Boot application with Vaadin views for each role. */
package org.openbsn.portal;

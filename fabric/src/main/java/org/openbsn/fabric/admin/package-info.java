/**
 * The admin side of real orderers and peers: what a program needs to speak their mutually authenticated
 * TLS endpoints (the orderers' channel participation API among them).
 */
package org.openbsn.fabric.admin;

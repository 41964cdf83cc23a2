/**
 * The keys the gateway holds and checks: private keys sealed with AES-GCM outside the event store,
 * the secret that seals them, hashed user secrets, PEM keys and certificates, and certificate requests.
 */
package org.openbsn.gatewayadapter.keys;

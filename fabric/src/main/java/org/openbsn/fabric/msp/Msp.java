package org.openbsn.fabric.msp;

import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Date;
import java.util.Locale;
import java.util.Optional;

import javax.naming.InvalidNameException;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;

/**
 * What a peer knows of one organisation: its id and the CA it trusts. It accepts an identity only
 * if the certificate was issued by that CA, is within its validity, is not itself a CA, and carries
 * a NodeOU role.
 */
public record Msp(String mspId, X509Certificate ca) {

    /** Why {@code certificate} is not a valid member at {@code at}, or empty when it is. */
    public Optional<String> problemWith(X509Certificate certificate, Instant at) {
        if (!certificate.getIssuerX500Principal().equals(ca.getSubjectX500Principal())) {
            return Optional.of("certificate was not issued by the CA of " + mspId);
        }
        try {
            certificate.verify(ca.getPublicKey());
        } catch (GeneralSecurityException e) {
            return Optional.of("certificate is not signed by the CA of " + mspId);
        }
        Date when = Date.from(at);
        if (when.before(certificate.getNotBefore()) || when.after(certificate.getNotAfter())) {
            return Optional.of("certificate is not valid at " + at);
        }
        if (certificate.getBasicConstraints() >= 0) {
            return Optional.of("a CA certificate cannot act as a member");
        }
        if (roleOf(certificate).isEmpty()) {
            return Optional.of("certificate carries no NodeOU role (client, peer, admin or orderer)");
        }
        return Optional.empty();
    }

    /** The NodeOU role in the certificate's subject, if any. */
    public static Optional<NodeOu> roleOf(X509Certificate certificate) {
        try {
            for (Rdn rdn : new LdapName(certificate.getSubjectX500Principal().getName()).getRdns()) {
                if ("OU".equalsIgnoreCase(rdn.getType())) {
                    String value = String.valueOf(rdn.getValue()).toUpperCase(Locale.ROOT);
                    for (NodeOu role : NodeOu.values()) {
                        if (role.name().equals(value)) {
                            return Optional.of(role);
                        }
                    }
                }
            }
        } catch (InvalidNameException malformed) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Checks that {@code signature} over {@code message} was made by a valid member of this
     * organisation holding {@code certificate} (low S only, as Fabric requires).
     */
    public Optional<String> problemWithSignature(X509Certificate certificate, byte[] message, byte[] signature) {
        Optional<String> membership = problemWith(certificate, Instant.now());
        if (membership.isPresent()) {
            return membership;
        }
        return Ecdsa.verify(certificate.getPublicKey(), message, signature)
                ? Optional.empty()
                : Optional.of("signature does not verify (empty, malformed, high-S or made with another key)");
    }
}

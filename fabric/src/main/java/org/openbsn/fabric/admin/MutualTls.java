package org.openbsn.fabric.admin;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.util.List;

import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.openbsn.fabric.msp.Pem;

/** TLS contexts built from PEM text, for Fabric's endpoints that authenticate their clients by certificate. */
public final class MutualTls {

    private static final char[] IN_MEMORY = new char[0];

    private MutualTls() {
    }

    /** Presents {@code clientCertificatePem} with its key and trusts servers issued by any of {@code trustedCaPems}. */
    public static SSLContext sslContext(String clientCertificatePem, String clientKeyPem, List<String> trustedCaPems) {
        try {
            KeyStore client = emptyStore();
            client.setKeyEntry("client", Pem.privateKey(clientKeyPem), IN_MEMORY,
                    new Certificate[] {Pem.certificate(clientCertificatePem.getBytes(StandardCharsets.US_ASCII))});
            KeyManagerFactory keys = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
            keys.init(client, IN_MEMORY);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(keys.getKeyManagers(), trust(trustedCaPems).getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("Cannot build a TLS context from these PEMs: " + e.getMessage(), e);
        }
    }

    /** Trusts servers issued by any of {@code trustedCaPems} and presents no client certificate. */
    public static SSLContext serverTrustOnly(List<String> trustedCaPems) {
        try {
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, trust(trustedCaPems).getTrustManagers(), null);
            return context;
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalArgumentException("Cannot build a TLS context from these PEMs: " + e.getMessage(), e);
        }
    }

    private static TrustManagerFactory trust(List<String> trustedCaPems) throws GeneralSecurityException, IOException {
        if (trustedCaPems.isEmpty()) {
            throw new IllegalArgumentException("At least one trusted CA certificate is needed");
        }
        KeyStore trusted = emptyStore();
        for (int i = 0; i < trustedCaPems.size(); i++) {
            byte[] pem = trustedCaPems.get(i).getBytes(StandardCharsets.US_ASCII);
            trusted.setCertificateEntry("ca" + i, Pem.certificate(pem));
        }
        TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        factory.init(trusted);
        return factory;
    }

    private static KeyStore emptyStore() throws GeneralSecurityException, IOException {
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        return store;
    }
}

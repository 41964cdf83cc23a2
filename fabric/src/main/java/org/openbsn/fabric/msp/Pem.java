package org.openbsn.fabric.msp;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;

import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JcaPEMWriter;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;

/** PEM text of certificates and PKCS#8 private keys, as Fabric and the BSN SDKs exchange them. */
public final class Pem {

    private Pem() {
    }

    public static String of(X509Certificate certificate) {
        return write(certificate);
    }

    public static String of(PrivateKey key) {
        try {
            return write(new JcaPKCS8Generator(key, null).generate());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Parses a PEM certificate; line breaks may be missing or CRLF (some SDKs write one long line). */
    public static X509Certificate certificate(byte[] pem) {
        Object parsed = read(new String(pem, StandardCharsets.UTF_8));
        if (!(parsed instanceof X509CertificateHolder holder)) {
            throw new IllegalArgumentException("Not a PEM certificate");
        }
        try {
            return new JcaX509CertificateConverter().getCertificate(holder);
        } catch (CertificateException e) {
            throw new IllegalArgumentException("Not a valid certificate: " + e.getMessage(), e);
        }
    }

    public static PrivateKey privateKey(String pem) {
        Object parsed = read(pem);
        try {
            JcaPEMKeyConverter converter = new JcaPEMKeyConverter();
            if (parsed instanceof PrivateKeyInfo info) {
                return converter.getPrivateKey(info);
            }
            if (parsed instanceof PEMKeyPair pair) {
                return converter.getPrivateKey(pair.getPrivateKeyInfo());
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("Not a valid private key", e);
        }
        throw new IllegalArgumentException("Not a PEM private key");
    }

    private static Object read(String pem) {
        try (PEMParser parser = new PEMParser(new StringReader(pem))) {
            Object parsed = parser.readObject();
            if (parsed == null) {
                throw new IllegalArgumentException("No PEM object found");
            }
            return parsed;
        } catch (IOException e) {
            throw new IllegalArgumentException("Malformed PEM: " + e.getMessage(), e);
        }
    }

    private static String write(Object object) {
        StringWriter text = new StringWriter();
        try (JcaPEMWriter writer = new JcaPEMWriter(text)) {
            writer.writeObject(object);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }
}

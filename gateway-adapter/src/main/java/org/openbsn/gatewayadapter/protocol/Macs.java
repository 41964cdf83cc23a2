package org.openbsn.gatewayadapter.protocol;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Base64;

import org.hyperledger.fabric.client.identity.Signer;
import org.hyperledger.fabric.client.identity.Signers;
import org.openbsn.gatewayadapter.keys.BouncyCastleKeys;

/**
 * The mac of BSN's gateway: ECDSA secp256r1 over SHA-256 of the UTF-8 string, DER-encoded, standard
 * Base64 with padding. Signing always yields low S, as the Python SDK verifies; checking accepts either.
 */
public final class Macs {

    private Macs() {
    }

    /** Signs {@code text} with {@code key} (fastest as a {@link BouncyCastleKeys#privateKey}); the signature has low S. */
    public static String sign(PrivateKey key, String text) {
        Signer signer = Signers.newPrivateKeySigner(key);
        try {
            return Base64.getEncoder().encodeToString(signer.sign(sha256(text)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the gateway key", e);
        }
    }

    /**
     * True when {@code mac} is a valid signature of {@code text} by the holder of {@code key}; pass a
     * key from {@link BouncyCastleKeys#publicKey} that is kept between calls, so that its
     * multiplication table is kept too.
     */
    public static boolean verify(PublicKey key, String text, String mac) {
        if (mac == null || mac.isBlank()) {
            return false;
        }
        try {
            Signature signature = BouncyCastleKeys.sha256WithEcdsa();
            signature.initVerify(key);
            signature.update(text.getBytes(StandardCharsets.UTF_8));
            return signature.verify(Base64.getDecoder().decode(mac.trim()));
        } catch (GeneralSecurityException | IllegalArgumentException malformed) {
            return false;
        }
    }

    private static byte[] sha256(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

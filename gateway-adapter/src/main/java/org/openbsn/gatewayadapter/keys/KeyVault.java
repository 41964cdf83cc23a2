package org.openbsn.gatewayadapter.keys;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Private keys sealed with AES-256-GCM in {@code gateway_private_key}, outside the event store, so
 * the event history never holds one. The sealing key is derived from the gateway's key secret
 * (HKDF-SHA256); each key's id is bound in as associated data, so sealed keys cannot be swapped.
 */
public final class KeyVault {

    private static final byte FORMAT = 1;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbcClient jdbc;
    private final SecretKeySpec sealingKey;
    private final SecureRandom random = new SecureRandom();

    public KeyVault(JdbcClient jdbc, String secret) {
        this.jdbc = jdbc;
        this.sealingKey = new SecretKeySpec(derive(secret), "AES");
    }

    /** Keeps {@code key} under {@code keyId}, replacing any key kept there. */
    public void put(String keyId, PrivateKey key) {
        jdbc.sql("""
                insert into gateway_private_key (key_id, sealed) values (:id, :sealed)
                on conflict (key_id) do update set sealed = excluded.sealed, created_at = now()""")
                .param("id", keyId).param("sealed", seal(keyId, key.getEncoded())).update();
    }

    public Optional<PrivateKey> get(String keyId) {
        return jdbc.sql("select sealed from gateway_private_key where key_id = :id").param("id", keyId)
                .query((rs, row) -> rs.getBytes(1)).optional().map(sealed -> privateKey(open(keyId, sealed)));
    }

    public void remove(String keyId) {
        jdbc.sql("delete from gateway_private_key where key_id = :id").param("id", keyId).update();
    }

    private byte[] seal(String keyId, byte[] plain) {
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            byte[] sealed = cipher.doFinal(plain);
            byte[] stored = new byte[1 + IV_BYTES + sealed.length];
            stored[0] = FORMAT;
            System.arraycopy(iv, 0, stored, 1, IV_BYTES);
            System.arraycopy(sealed, 0, stored, 1 + IV_BYTES, sealed.length);
            return stored;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        } finally {
            Arrays.fill(plain, (byte) 0);
        }
    }

    private byte[] open(String keyId, byte[] stored) {
        if (stored.length <= 1 + IV_BYTES || stored[0] != FORMAT) {
            throw new IllegalStateException("the sealed private key " + keyId + " is not in a format this gateway reads");
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, sealingKey, new GCMParameterSpec(TAG_BITS, stored, 1, IV_BYTES));
            cipher.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
            return cipher.doFinal(stored, 1 + IV_BYTES, stored.length - 1 - IV_BYTES);
        } catch (javax.crypto.AEADBadTagException wrongSecret) {
            throw new IllegalStateException("the private key " + keyId + " cannot be opened: the gateway key secret"
                    + " (BSN_GATEWAY_KEY_SECRET) is not the one it was sealed with, or the stored key was altered");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is not available", e);
        }
    }

    private static PrivateKey privateKey(byte[] pkcs8) {
        try {
            return KeyFactory.getInstance("EC").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("a sealed private key is not an EC key", e);
        } finally {
            Arrays.fill(pkcs8, (byte) 0);
        }
    }

    /** HKDF-SHA256 (RFC 5869) of the secret, with a fixed salt and context, to one 256-bit key. */
    private static byte[] derive(String secret) {
        try {
            Mac extract = Mac.getInstance("HmacSHA256");
            extract.init(new SecretKeySpec("openbsn-gateway".getBytes(StandardCharsets.US_ASCII), "HmacSHA256"));
            byte[] pseudoRandom = extract.doFinal(secret.getBytes(StandardCharsets.UTF_8));
            Mac expand = Mac.getInstance("HmacSHA256");
            expand.init(new SecretKeySpec(pseudoRandom, "HmacSHA256"));
            expand.update("private key vault v1".getBytes(StandardCharsets.US_ASCII));
            expand.update((byte) 1);
            return expand.doFinal();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }
}

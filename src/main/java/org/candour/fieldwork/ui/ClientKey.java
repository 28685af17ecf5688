package org.candour.fieldwork.ui;

import com.vaadin.flow.server.VaadinRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A key for rate limiting code entry: a salted hash of the client's address, with a salt that lives
 * only in this process. Never stored, never logged; useless after a restart.
 */
final class ClientKey {

    private static final byte[] SALT = new byte[16];

    static {
        new SecureRandom().nextBytes(SALT);
    }

    private ClientKey() {
    }

    static String ofCurrentRequest() {
        VaadinRequest request = VaadinRequest.getCurrent();
        String address = request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(SALT);
            return HexFormat.of().formatHex(digest.digest(address.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

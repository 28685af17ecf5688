package org.candour.fieldwork.ui;

import com.vaadin.flow.server.VaadinRequest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Keys for rate limiting code entry: salted hashes of the browser session and of the client's address, with a salt
 * that lives only in this process. Never stored, never logged; useless after a restart. Behind a reverse proxy the
 * address is the one the proxy forwards (server.forward-headers-strategy).
 */
final class ClientKey {

    private static final byte[] SALT = new byte[16];

    static {
        new SecureRandom().nextBytes(SALT);
    }

    private ClientKey() {
    }

    static String sessionOfCurrentRequest() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return hash("session:" + (request == null ? "unknown" : request.getWrappedSession().getId()));
    }

    static String addressOfCurrentRequest() {
        VaadinRequest request = VaadinRequest.getCurrent();
        return hash("address:" + (request == null || request.getRemoteAddr() == null ? "unknown"
                : request.getRemoteAddr()));
    }

    private static String hash(String value) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(SALT);
            return HexFormat.of().formatHex(digest.digest(value.getBytes(StandardCharsets.UTF_8)), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

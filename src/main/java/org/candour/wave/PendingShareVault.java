package org.candour.wave;

import org.springframework.stereotype.Component;

import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Custodian shares between the opening of a wave and their collection, in memory only. A share leaves
 * the vault the moment its custodian downloads it; it is never written to the database or a log. If the
 * server restarts before collection, the shares are gone and the wave must be re-keyed.
 */
@Component
class PendingShareVault {

    private record Key(UUID waveId, UUID custodianId) {
    }

    private final ConcurrentHashMap<Key, String> shares = new ConcurrentHashMap<>();

    void put(UUID waveId, UUID custodianId, String share) {
        shares.put(new Key(waveId, custodianId), share);
    }

    Optional<String> take(UUID waveId, UUID custodianId) {
        return Optional.ofNullable(shares.remove(new Key(waveId, custodianId)));
    }

    boolean isWaiting(UUID waveId, UUID custodianId) {
        return shares.containsKey(new Key(waveId, custodianId));
    }

    void discardWave(UUID waveId) {
        shares.keySet().removeIf(key -> key.waveId().equals(waveId));
    }
}

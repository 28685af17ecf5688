package org.candour.release;

import org.candour.sealing.ParsedShare;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.HashMap;

/**
 * Shares presented by custodians for a release, in memory only and only until the release succeeds (or
 * is abandoned). They are never written to the database or a log.
 */
@Component
class PresentedShares {

    /** Guarded by this object's monitor: every access is synchronized. */
    private final Map<UUID, Map<Integer, ParsedShare>> byWave = new HashMap<>();

    /** Returns false when a share with the same index was already presented. */
    synchronized boolean add(UUID waveId, ParsedShare share) {
        return byWave.computeIfAbsent(waveId, id -> new HashMap<>()).putIfAbsent(share.index(), share) == null;
    }

    synchronized List<ParsedShare> of(UUID waveId) {
        return List.copyOf(byWave.getOrDefault(waveId, Map.of()).values());
    }

    synchronized void forget(UUID waveId) {
        byWave.remove(waveId);
    }
}

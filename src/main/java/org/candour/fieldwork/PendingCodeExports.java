package org.candour.fieldwork;

import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Plain codes of a new batch until its one export, in memory only. They leave the moment the batch is
 * exported; a restart before export loses them (the batch must then be replaced by a new one).
 */
@Component
class PendingCodeExports {

    private final ConcurrentHashMap<UUID, List<String>> codesByBatch = new ConcurrentHashMap<>();

    void put(UUID batchId, List<String> codes) {
        codesByBatch.put(batchId, List.copyOf(codes));
    }

    Optional<List<String>> take(UUID batchId) {
        return Optional.ofNullable(codesByBatch.remove(batchId));
    }

    boolean isWaiting(UUID batchId) {
        return codesByBatch.containsKey(batchId);
    }
}

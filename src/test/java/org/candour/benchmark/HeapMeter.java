package org.candour.benchmark;

import com.sun.management.GarbageCollectionNotificationInfo;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Peak heap over a measured stretch of work, for the benchmarks' reports: the largest heap still in use right
 * after a garbage collection (what the work really holds; the benchmarks also run under -Xmx2g, so finishing at
 * all shows they fit). Summing each pool's own peak would over-count, as pools peak at different moments.
 */
final class HeapMeter {

    private static final AtomicLong PEAK_AFTER_GC = new AtomicLong();
    private static final Set<String> HEAP_POOLS = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());

    static {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
                if (GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
                    GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
                            .from((CompositeData) notification.getUserData());
                    long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
                            .filter(pool -> HEAP_POOLS.contains(pool.getKey()))
                            .mapToLong(pool -> pool.getValue().getUsed()).sum();
                    PEAK_AFTER_GC.accumulateAndGet(used, Math::max);
                }
            }, null, null);
        }
    }

    private HeapMeter() {
    }

    static void resetPeaks() {
        System.gc();
        PEAK_AFTER_GC.set(0);
    }

    /** The largest heap in use after any collection since {@link #resetPeaks()}, in MiB. */
    static long peakHeapMiB() {
        System.gc();
        return PEAK_AFTER_GC.get() / 1024 / 1024;
    }
}

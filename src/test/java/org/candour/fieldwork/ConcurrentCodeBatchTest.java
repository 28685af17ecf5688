package org.candour.fieldwork;

import org.candour.IntegrationTest;
import org.candour.SignedIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.db.Tables.CODE_BATCH;

/**
 * Two administrators click "codes for every unit" for the same wave at the same moment: one set is created, the
 * other click is refused, so nobody gets two codes (two votes). Committed for real, each round on a new wave.
 */
@IntegrationTest
class ConcurrentCodeBatchTest {

    private static final int ROUNDS = 4;

    @Autowired
    OpenWaveFixture fixture;
    @Autowired
    CodeBatchService batches;
    @Autowired
    DSLContext dsl;

    @Test
    void codesForEveryUnitClickedTwiceAtOnceMakeOneSet() throws Exception {
        List<String> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                OpenWaveFixture.OpenWave wave = fixture.openWaveWithCodes(1);
                int batchesBefore = dsl.fetchCount(CODE_BATCH, CODE_BATCH.WAVE_ID.eq(wave.waveId()));
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<String> createAll = () -> {
                    together.await();
                    try {
                        SignedIn.as("admin", "ADMIN", () -> batches.createBatchesForAllUnits(wave.waveId(), 10));
                        return "created";
                    } catch (CodeBatchException refused) {
                        return refused.messageKey();
                    }
                };
                List<String> clicks = new ArrayList<>();
                for (Future<String> attempt : pool.invokeAll(List.of(createAll, createAll))) {
                    clicks.add(outcome(attempt));
                }
                assertThat(clicks).containsExactlyInAnyOrder("created", "codes.error.every-unit-has-codes");
                var perUnit = dsl.select(CODE_BATCH.ORG_UNIT_ID, org.jooq.impl.DSL.count()).from(CODE_BATCH)
                        .where(CODE_BATCH.WAVE_ID.eq(wave.waveId())).groupBy(CODE_BATCH.ORG_UNIT_ID).fetch();
                assertThat(perUnit).as("one batch per unit").allSatisfy(row -> assertThat(row.value2()).isEqualTo(1));
                assertThat(perUnit.size()).isGreaterThan(batchesBefore);
                outcomes.addAll(clicks);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(outcomes).hasSize(2 * ROUNDS);
    }

    private static String outcome(Future<String> attempt) throws InterruptedException {
        try {
            return attempt.get();
        } catch (ExecutionException failure) {
            return "failed: " + failure.getCause();
        }
    }
}

package org.candour.fieldwork;

import org.candour.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.db.Tables.BALLOT;

/** 200 codes, each submitted 8 times at once from different sessions: exactly one ballot per code. */
@IntegrationTest
class ConcurrentSubmissionTest {

    @Autowired
    FieldworkService fieldwork;
    @Autowired
    OpenWaveFixture fixture;
    @Autowired
    DSLContext dsl;

    @Test
    void eachCodeIsAcceptedExactlyOnceUnderConcurrentUse() throws Exception {
        OpenWaveFixture.OpenWave wave = fixture.openWaveWithCodes(200);
        List<Callable<SubmissionResult>> attempts = new ArrayList<>();
        for (String code : wave.codes()) {
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> fieldwork.submit(FieldworkServiceTest.answers(code, FieldworkServiceTest.nonce())));
            }
        }
        java.util.Collections.shuffle(attempts, new java.util.Random(42));
        Map<SubmissionResult, Integer> outcomes = new EnumMap<>(SubmissionResult.class);
        AtomicInteger errors = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(16);
        try {
            for (Future<SubmissionResult> future : pool.invokeAll(attempts)) {
                try {
                    outcomes.merge(future.get(), 1, Integer::sum);
                } catch (Exception e) {
                    errors.incrementAndGet();
                }
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(errors).hasValue(0);
        assertThat(outcomes).containsOnly(Map.entry(SubmissionResult.RECORDED, 200),
                Map.entry(SubmissionResult.CODE_ALREADY_USED, 1400));
        assertThat(dsl.fetchCount(BALLOT, BALLOT.WAVE_ID.eq(wave.waveId()))).isEqualTo(200);
    }
}

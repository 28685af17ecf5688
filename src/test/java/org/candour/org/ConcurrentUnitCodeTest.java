package org.candour.org;

import org.candour.IntegrationTest;
import org.candour.SignedIn;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
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
import static org.candour.db.Tables.ORG_UNIT;

/**
 * Two administrators add a unit with the same code at the same moment: one is added, the other is told the code
 * is taken (never a database error page). Committed for real, so not in a rolled-back transaction.
 */
@IntegrationTest
class ConcurrentUnitCodeTest {

    private static final int ROUNDS = 10;

    @Autowired
    OrgService org;
    @Autowired
    DSLContext dsl;

    @AfterEach
    void removeTheRaceUnits() {
        dsl.deleteFrom(ORG_UNIT).where(ORG_UNIT.CODE.startsWith("RACE-")).execute();
    }

    @Test
    void theSameCodeAddedTwiceAtOnceIsRefusedWithAMessage() throws Exception {
        OrgUnit force = SignedIn.as("admin", "ADMIN",
                () -> org.listUnits().stream().filter(unit -> unit.parentId() == null).findFirst().orElseThrow());
        List<String> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            for (int round = 0; round < ROUNDS; round++) {
                String code = "RACE-" + round;
                CyclicBarrier together = new CyclicBarrier(2);
                Callable<String> add = () -> {
                    together.await();
                    try {
                        SignedIn.as("admin", "ADMIN", () -> org.addChild(force, "Race unit", code, ""));
                        return "added";
                    } catch (OrgException refused) {
                        return refused.messageKey();
                    }
                };
                for (Future<String> attempt : pool.invokeAll(List.of(add, add))) {
                    outcomes.add(outcome(attempt));
                }
            }
        } finally {
            pool.shutdownNow();
        }
        List<String> expected = new ArrayList<>();
        for (int round = 0; round < ROUNDS; round++) {
            expected.add("added");
            expected.add("org.edit.error.code-taken");
        }
        assertThat(outcomes).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(dsl.fetchCount(ORG_UNIT, ORG_UNIT.CODE.startsWith("RACE-"))).isEqualTo(ROUNDS);
    }

    private static String outcome(Future<String> attempt) throws InterruptedException {
        try {
            return attempt.get();
        } catch (ExecutionException failure) {
            return "failed: " + failure.getCause();
        }
    }
}

package org.candour.base.database;

import org.candour.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** COPY writes exactly the values given, in the caller's transaction: a rollback takes its rows away too. */
@IntegrationTest
class CopyRowsTest {

    private static final List<String> COLUMNS = List.of("id", "n", "label", "counts");

    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transaction;

    private String freshTable() {
        String table = "copy_rows_test_" + UUID.randomUUID().toString().replace("-", "");
        dsl.execute("create table " + table + " (id uuid, n integer, label text, counts integer[])");
        return table;
    }

    @Test
    void awkwardTextNullsAndArraysArriveUnchanged() {
        String table = freshTable();
        UUID id = UUID.randomUUID();
        String awkward = "tab\there, new\nline, back\\slash, carriage\rreturn, \\N, ünïcödé";
        transaction.executeWithoutResult(status -> {
            try (CopyRows rows = CopyRows.into(dsl, table, COLUMNS)) {
                rows.row(id, 7, awkward, new Integer[] {3, 0, 12});
                rows.row(null, null, null, null);
                rows.row(id, -1, "", new Integer[0]);
                assertThat(rows.finish()).isEqualTo(3);
            }
        });
        var read = dsl.fetch("select id, n, label, counts from " + table + " order by n nulls last");
        assertThat(read).hasSize(3);
        assertThat(read.get(0).get("label", String.class)).isEmpty();
        assertThat(read.get(0).get("counts", Integer[].class)).isEmpty();
        assertThat(read.get(1).get("id", UUID.class)).isEqualTo(id);
        assertThat(read.get(1).get("label", String.class)).isEqualTo(awkward);
        assertThat(read.get(1).get("counts", Integer[].class)).containsExactly(3, 0, 12);
        assertThat(read.get(2).get("id")).isNull();
        assertThat(read.get(2).get("label")).isNull();
        assertThat(read.get(2).get("counts")).isNull();
    }

    @Test
    void rowsCopiedInATransactionThatFailsAreGoneWithIt() {
        String table = freshTable();
        assertNothingLeftAfterAFailing(table, rows -> {
            for (int i = 0; i < 100_000; i++) {
                rows.row(UUID.randomUUID(), i, "row " + i, new Integer[] {i});
            }
            rows.finish();
            assertThat(dsl.fetchCount(dsl.selectFrom(table))).isEqualTo(100_000);
            throw new IllegalStateException("a later step of the release fails");
        });
    }

    @Test
    void outsideATransactionACopyIsRefused() {
        String table = freshTable();
        assertThatThrownBy(() -> CopyRows.into(dsl, table, List.of("id"))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("needs a transaction");
    }

    @Test
    void aCopyLeftUnfinishedIsCancelledAndWritesNothing() {
        String table = freshTable();
        assertNothingLeftAfterAFailing(table, rows -> {
            // More than one chunk, so some rows have reached the server before the copy is cancelled.
            for (int i = 0; i < 50_000; i++) {
                rows.row(UUID.randomUUID(), i, "before the failure", null);
            }
            throw new IllegalStateException("building the rows failed");
        });
    }

    /** Runs a copy into table in a transaction that {@code copyThenFail} ends with an exception. */
    private void assertNothingLeftAfterAFailing(String table, java.util.function.Consumer<CopyRows> copyThenFail) {
        assertThatThrownBy(() -> transaction.executeWithoutResult(status -> {
            try (CopyRows rows = CopyRows.into(dsl, table, COLUMNS)) {
                copyThenFail.accept(rows);
            }
        })).isInstanceOf(IllegalStateException.class);
        assertThat(dsl.fetchCount(dsl.selectFrom(table))).isZero();
    }
}

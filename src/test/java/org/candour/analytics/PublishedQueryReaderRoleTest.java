package org.candour.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.candour.db.Tables.BALLOT;
import static org.candour.db.Tables.ORG_UNIT;

import java.util.List;
import org.candour.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Analytics reads the release as {@code candour_reader}: the database itself refuses it the ballot box, so a
 * query that strayed there could not return a row.
 */
@IntegrationTest
class PublishedQueryReaderRoleTest {

    @Autowired
    PublishedQuery published;
    @Autowired
    PublishedFixture fixture;
    @Autowired
    DSLContext dsl;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    ReaderRoleCheck roleCheck;

    @Test
    void aReadOfTheBallotBoxThroughTheAnalyticsPathIsRefusedByTheDatabase() {
        // Control: the application's own user may read the ballot box, so the refusal below is the role's doing.
        assertThat(dsl.fetchCount(BALLOT)).isGreaterThanOrEqualTo(0);

        assertThat(published.asReader(() -> String.valueOf(dsl.fetchValue("select current_user"))))
                .isEqualTo(PublishedQuery.READER_ROLE);
        assertThatThrownBy(() -> published.asReader(() -> dsl.fetchCount(BALLOT)))
                .isInstanceOf(DataAccessException.class).rootCause().hasMessageContaining("permission denied");
        assertThat(String.valueOf(dsl.fetchValue("select current_user"))).isNotEqualTo(PublishedQuery.READER_ROLE);
    }

    @Test
    void theReleaseIsReadAsTheRoleAndTheSameTransactionThenReadsTheOrganisationAgain() {
        PublishedFixture.Release release = fixture.create();

        int units = transactions.execute(status -> {
            List<PublishedCell> total = published.cells(release.waveId(), release.unitId(), List.of());
            assertThat(total).hasSize(1);
            assertThat(total.getFirst().respondents()).isPositive();
            return dsl.fetchCount(ORG_UNIT); // the analytics service reads the tree between release reads
        });

        assertThat(units).isPositive();
    }

    @Test
    void aFailureInJavaAfterTheReadLeavesTheRestOfTheTransactionAbleToReadTheOrganisation() {
        java.util.concurrent.atomic.AtomicInteger units = new java.util.concurrent.atomic.AtomicInteger();
        // The failure marks the transaction rollback-only (it read nothing to keep), but until it ends the caller
        // must still be able to read the main schema rather than being refused as the reader role.
        assertThatThrownBy(() -> transactions.executeWithoutResult(status -> {
            assertThatThrownBy(() -> published.asReader(() -> {
                throw new IllegalStateException("mapping failed");
            })).isInstanceOf(IllegalStateException.class);
            units.set(dsl.fetchCount(ORG_UNIT));
        })).isInstanceOf(org.springframework.transaction.UnexpectedRollbackException.class);

        assertThat(units.get()).isPositive();
    }

    @Test
    void theStartUpCheckFindsTheRoleGrantedAndReportsOneThatIsMissing() {
        assertThat(roleCheck.granted(PublishedQuery.READER_ROLE)).isTrue();
        assertThat(roleCheck.granted("candour_no_such_role")).isFalse();
    }
}

package org.candour.analytics;

import org.candour.IntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.db.published.Tables.RELEASE_HEADCOUNT;

/**
 * Changeset 0014 gives releases made before headcounts were stored their denominators, summed over the tree: run
 * again here on a release whose stored headcounts were taken away.
 */
@IntegrationTest
class ReleaseHeadcountBackfillTest {

    @Autowired
    PublishedFixture fixture;
    @Autowired
    DSLContext dsl;

    @Test
    void anEarlierReleaseGetsItsUnitsHeadcountsAndOthersAreLeftAsStored() throws Exception {
        PublishedFixture.Release release = fixture.create();
        dsl.deleteFrom(RELEASE_HEADCOUNT).where(RELEASE_HEADCOUNT.WAVE_ID.eq(release.waveId())).execute();
        int storedElsewhere = dsl.fetchCount(RELEASE_HEADCOUNT);

        String changeset = Files.readAllLines(Path.of("db/changelog/0014-release-headcounts-of-earlier-releases.sql"))
                .stream().filter(line -> !line.startsWith("--")).collect(Collectors.joining("\n"));
        dsl.execute(changeset);

        assertThat(dsl.select(RELEASE_HEADCOUNT.HEADCOUNT).from(RELEASE_HEADCOUNT)
                .where(RELEASE_HEADCOUNT.WAVE_ID.eq(release.waveId()), RELEASE_HEADCOUNT.ORG_UNIT_ID.eq(release.unitId()))
                .fetchSingle().value1()).isEqualTo(200);
        assertThat(dsl.fetchCount(RELEASE_HEADCOUNT, RELEASE_HEADCOUNT.WAVE_ID.ne(release.waveId())))
                .as("releases that had their headcounts keep them").isEqualTo(storedElsewhere);
    }
}

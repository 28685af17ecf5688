package org.candour.analytics;

import org.candour.IntegrationTest;
import org.candour.SignedIn;
import org.candour.analytics.statistics.Band;
import org.candour.analytics.statistics.Figure;
import org.candour.fieldwork.FieldworkService;
import org.candour.fieldwork.OpenWaveFixture;
import org.candour.fieldwork.Submission;
import org.candour.release.ReleaseService;
import org.candour.wave.WaveService;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.security.SecureRandom;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.candour.db.Tables.ORG_UNIT;
import static org.candour.db.published.Tables.RELEASE_CELL;
import static org.candour.db.published.Tables.RELEASE_ITEM;
import static org.candour.db.published.Tables.RELEASE_TABLE;

/**
 * After a real release (codes, sealed answers, custodians' shares), every figure the analytics service returns
 * is found in the stored release: each exact breakdown equals the option counts of its published row, each
 * suppressed or banded figure is suppressed or banded there, each "no responses" has no answers there, and each
 * "all other respondents" equals the published total less the published group.
 */
@IntegrationTest
class AnalyticsMatchesReleaseTest {

    private static final String[] ETHNICITIES = {"WHITE", "WHITE", "WHITE", "BLACK", "ASIAN", "WHITE"};
    private static final String[] OPTIONS = {"SD", "D", "N", "A", "SA", "A", "SA", "DK"};
    private static final String[] FREQUENCY = {"NEVER", "NEVER", "ONCE", "FEW", "NEVER"};

    @Autowired
    AnalyticsService analytics;
    @Autowired
    OpenWaveFixture fixture;
    @Autowired
    FieldworkService fieldwork;
    @Autowired
    WaveService waves;
    @Autowired
    ReleaseService releases;
    @Autowired
    DSLContext dsl;

    private UUID releasedWave(int respondents) {
        OpenWaveFixture.OpenWave wave = fixture.openWaveWithCodes(respondents);
        SecureRandom random = new SecureRandom();
        for (int i = 0; i < respondents; i++) {
            byte[] nonce = new byte[16];
            random.nextBytes(nonce);
            fieldwork.submit(new Submission(wave.codes().get(i), nonce,
                    Map.of("FAIR_01", OPTIONS[i % OPTIONS.length], "LEAD_02", OPTIONS[(i * 3) % OPTIONS.length],
                            "REPORT_03", OPTIONS[(i * 5) % OPTIONS.length],
                            "RACISM_EXP_COLLEAGUE", FREQUENCY[i % FREQUENCY.length], "REPORT_01", i % 3 == 0 ? "YES" : "NO"),
                    Map.of("ETHNICITY", ETHNICITIES[i % ETHNICITIES.length], "GENDER", i % 2 == 0 ? "WOMAN" : "MAN"),
                    Map.of()));
        }
        SignedIn.as("admin", "ADMIN", () -> waves.closeWave(wave.waveId()));
        SignedIn.as("custodian.force", "CUSTODIAN", () -> releases.presentShare(wave.waveId(), wave.shares().get(0)));
        SignedIn.as("custodian.association", "CUSTODIAN", () -> releases.presentShare(wave.waveId(), wave.shares().get(1)));
        SignedIn.as("custodian.association", "CUSTODIAN", () -> releases.release(wave.waveId(), false));
        return wave.waveId();
    }

    /** The stored cell, or null when the table has none for these categories. */
    private Record cell(UUID waveId, UUID nodeId, List<String> dimensions, List<String> categories) {
        return dsl.select(RELEASE_CELL.WAVE_ID, RELEASE_CELL.TABLE_NO, RELEASE_CELL.CELL_NO, RELEASE_CELL.SUPPRESSED,
                        RELEASE_CELL.RESPONDENTS)
                .from(RELEASE_CELL).join(RELEASE_TABLE).on(RELEASE_TABLE.WAVE_ID.eq(RELEASE_CELL.WAVE_ID),
                        RELEASE_TABLE.TABLE_NO.eq(RELEASE_CELL.TABLE_NO))
                .where(RELEASE_TABLE.WAVE_ID.eq(waveId), RELEASE_TABLE.ORG_UNIT_ID.eq(nodeId),
                        RELEASE_TABLE.DIMENSIONS.eq(dimensions.toArray(String[]::new)),
                        RELEASE_CELL.CATEGORIES.eq(categories.toArray(String[]::new)))
                .fetchOne();
    }

    private Record item(Record cell, String itemCode) {
        return dsl.selectFrom(RELEASE_ITEM).where(RELEASE_ITEM.WAVE_ID.eq(cell.get(RELEASE_CELL.WAVE_ID)),
                RELEASE_ITEM.TABLE_NO.eq(cell.get(RELEASE_CELL.TABLE_NO)),
                RELEASE_ITEM.CELL_NO.eq(cell.get(RELEASE_CELL.CELL_NO)), RELEASE_ITEM.ITEM_CODE.eq(itemCode)).fetchOne();
    }

    /** Favourable, neutral, unfavourable and answered on the scale from stored counts SD, D, N, A, SA, DK. */
    private static int[] agreement(Integer[] counts) {
        return new int[] {counts[3] + counts[4], counts[2], counts[0] + counts[1], counts[0] + counts[1] + counts[2]
                + counts[3] + counts[4]};
    }

    private void assertStored(Figure<Breakdown> figure, Record cell, String itemCode, int k) {
        switch (figure) {
            case Figure.Value<Breakdown> value -> {
                assertThat(cell.get(RELEASE_CELL.SUPPRESSED)).isFalse();
                Record item = item(cell, itemCode);
                assertThat(item.get(RELEASE_ITEM.STATUS)).isEqualTo("PUBLISHED");
                Breakdown b = value.value();
                assertThat(new int[] {b.favourable(), b.neutral(), b.unfavourable(), b.n()})
                        .containsExactly(agreement(item.get(RELEASE_ITEM.OPTION_COUNTS)));
            }
            case Figure.Suppressed<Breakdown> s -> {
                assertThat(s.k()).isEqualTo(k);
                assertThat(cell.get(RELEASE_CELL.SUPPRESSED)
                        || "SUPPRESSED".equals(item(cell, itemCode).get(RELEASE_ITEM.STATUS))).isTrue();
            }
            case Figure.Banded<Breakdown> b -> assertThat(item(cell, itemCode).get(RELEASE_ITEM.BAND))
                    .isEqualTo(b.band().label());
            case Figure.NoResponses<Breakdown> n -> assertThat(cell == null || cell.get(RELEASE_CELL.RESPONDENTS) == 0
                    || agreement(item(cell, itemCode).get(RELEASE_ITEM.OPTION_COUNTS))[3] == 0).isTrue();
        }
    }

    @Test
    void everyFigureTheServiceReturnsIsInTheStoredRelease() {
        UUID waveId = releasedWave(30);
        int k = 10;
        UUID root = dsl.select(ORG_UNIT.ID).from(ORG_UNIT).where(ORG_UNIT.PARENT_ID.isNull()).fetchSingle(ORG_UNIT.ID);
        int checked = 0;
        int exact = 0;
        for (String itemCode : List.of("FAIR_01", "LEAD_02", "REPORT_03")) {
            for (String dimension : List.of("ETHNICITY", "GENDER")) {
                Comparison comparison = SignedIn.as("analyst.leadership", "ANALYST", () -> analytics.compare(waveId,
                        root, new Measure(Measure.Kind.ITEM, itemCode, null), dimension));
                Record total = cell(waveId, root, List.of(), List.of());
                assertStored(comparison.all(), total, itemCode, k);
                for (Comparison.Row row : comparison.rows()) {
                    Record cell = cell(waveId, root, List.of(dimension), List.of(row.group().code()));
                    assertStored(row.figure(), cell, itemCode, k);
                    checked++;
                    if (row.figure() instanceof Figure.Value<Breakdown> && row.reference() instanceof Figure.Value<Breakdown> r) {
                        int[] all = agreement(item(total, itemCode).get(RELEASE_ITEM.OPTION_COUNTS));
                        int[] group = agreement(item(cell, itemCode).get(RELEASE_ITEM.OPTION_COUNTS));
                        assertThat(new int[] {r.value().favourable(), r.value().n()})
                                .containsExactly(all[0] - group[0], all[3] - group[3]);
                        exact++;
                    }
                }
            }
        }
        assertThat(checked).as("ethnicity: 6 groups and not answered; gender: 4 and not answered").isEqualTo(3 * (7 + 5));
        assertThat(exact).as("some groups are published and compared").isPositive();

        Overview overview = SignedIn.as("analyst.association", "ANALYST", () -> analytics.overview(waveId, root));
        assertThat(overview.respondents()).isEqualTo(Figure.value(cell(waveId, root, List.of(), List.of())
                .get(RELEASE_CELL.RESPONDENTS)));

        Experiences experiences = SignedIn.as("analyst.association", "ANALYST",
                () -> analytics.experiences(waveId, root, "ETHNICITY"));
        Figure<Share> experienced = experiences.rows().getFirst().stages().getFirst();
        Integer[] stored = item(cell(waveId, root, List.of(), List.of()), "RACISM_EXP_COLLEAGUE")
                .get(RELEASE_ITEM.OPTION_COUNTS);
        if (experienced instanceof Figure.Value<Share> share) {
            assertThat(share.value()).isEqualTo(new Share(stored[1] + stored[2] + stored[3],
                    stored[0] + stored[1] + stored[2] + stored[3]));
        } else {
            assertThat(experienced).isInstanceOf(Figure.Banded.class);
            assertThat(((Figure.Banded<Share>) experienced).band()).isEqualTo(new Band("OPTION_90:NEVER"));
        }
    }
}

package org.candour.analytics;

import org.candour.IntegrationTest;
import org.candour.SignedIn;
import org.candour.analytics.statistics.Band;
import org.candour.analytics.statistics.Computation;
import org.candour.analytics.statistics.Figure;
import org.candour.analytics.statistics.JudgedComparison;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.candour.db.Tables.ORG_UNIT;
import static org.candour.db.Tables.STAFF_USER;

/** The analytics service on a release with known figures: every state, gaps, trends, scope. */
@IntegrationTest
class AnalyticsServiceTest {

    @Autowired
    AnalyticsService analytics;
    @Autowired
    PublishedFixture fixture;
    @Autowired
    DSLContext dsl;
    @Autowired
    org.candour.questionnaire.ItemBankService itemBank;

    private PublishedFixture.Release release;
    private static final Measure FAIR_01 = new Measure(Measure.Kind.ITEM, "FAIR_01", null);

    @BeforeEach
    void release() {
        release = fixture.create();
    }

    private static <T> T asAnalyst(Supplier<T> action) {
        return SignedIn.as("analyst.association", "ANALYST", action);
    }

    private Comparison.Row row(Comparison comparison, String category) {
        return comparison.rows().stream().filter(r -> r.group().code().equals(category)).findFirst().orElseThrow();
    }

    @Test
    void compareGroupsKeepsTheThreeStatesApartAndFlagsARealGap() {
        Comparison comparison = asAnalyst(() -> analytics.compare(release.waveId(), release.unitId(), FAIR_01, "ETHNICITY"));

        assertThat(row(comparison, "ASIAN").figure()).isEqualTo(Figure.suppressed(10));
        assertThat(row(comparison, "MIXED").figure()).isEqualTo(Figure.noResponses());
        assertThat(row(comparison, "OTHER").figure()).isEqualTo(Figure.noResponses());
        assertThat(row(comparison, "PREFER_NOT_TO_SAY").figure()).isEqualTo(Figure.banded(new Band("FAVOURABLE_90")));

        Comparison.Row black = row(comparison, "BLACK");
        assertThat(black.figure()).isEqualTo(Figure.value(new Breakdown(7, 5, 16, 28, 1075 / 28.0)));
        // All other respondents: the published total less the published Black figures.
        assertThat(((Figure.Value<Breakdown>) black.reference()).value())
                .extracting(Breakdown::favourable, Breakdown::n).containsExactly(58, 87);
        JudgedComparison gap = ((Computation.Computed<JudgedComparison>) black.gap()).value();
        assertThat(gap.comparison().difference()).isCloseTo(7 / 28.0 - 58 / 87.0, within(1e-12));
        assertThat(gap.flagged()).isTrue();
        assertThat(row(comparison, "ASIAN").gap()).isEqualTo(Computation.notComputable(Computation.Reason.SUPPRESSED));
    }

    @Test
    void allOtherRespondentsAreNotWorkedOutWhenTheTotalIsOnlyABand() {
        Comparison comparison = asAnalyst(() -> analytics.compare(release.waveId(), release.unitId(),
                new Measure(Measure.Kind.ITEM, "LEAD_01", null), "ETHNICITY"));
        Comparison.Row black = row(comparison, "BLACK");
        assertThat(black.figure()).isInstanceOf(Figure.Value.class);
        assertThat(black.reference()).isEqualTo(Figure.banded(new Band("FAVOURABLE_90")));
        assertThat(black.gap()).isEqualTo(Computation.notComputable(Computation.Reason.BANDED));
    }

    @Test
    void aUnitMovedBelowAfterReleaseLeavesThePublishedResponseRateAsItWas() {
        // A unit with its own headcount for the wave that now sits below the released unit, as after a move.
        UUID moved = dsl.insertInto(org.candour.db.Tables.ORG_UNIT)
                .set(org.candour.db.Tables.ORG_UNIT.CODE, "MOVED-" + UUID.randomUUID().toString().substring(0, 8))
                .set(org.candour.db.Tables.ORG_UNIT.NAME, "Moved in later")
                .set(org.candour.db.Tables.ORG_UNIT.PARENT_ID, release.unitId())
                .returning(org.candour.db.Tables.ORG_UNIT.ID).fetchSingle().getId();
        dsl.insertInto(org.candour.db.Tables.WAVE_UNIT_HEADCOUNT)
                .set(org.candour.db.Tables.WAVE_UNIT_HEADCOUNT.WAVE_ID, release.waveId())
                .set(org.candour.db.Tables.WAVE_UNIT_HEADCOUNT.ORG_UNIT_ID, moved)
                .set(org.candour.db.Tables.WAVE_UNIT_HEADCOUNT.HEADCOUNT, 40).execute();

        Overview overview = asAnalyst(() -> analytics.overview(release.waveId(), release.unitId()));
        assertThat(overview.responseRate()).as("120 of the 200 the release counted, not of 240")
                .isEqualTo(Computation.computed(0.6));
    }

    @Test
    void overviewGivesRespondentsResponseRateThemeIndexAndChange() {
        Overview overview = asAnalyst(() -> analytics.overview(release.waveId(), release.unitId()));

        assertThat(overview.respondents()).isEqualTo(Figure.value(120));
        assertThat(overview.responseRate()).isEqualTo(Computation.computed(0.6));
        assertThat(overview.previous()).map(ReleasedWave::id).contains(release.earlierWaveId());
        Overview.ThemeCard fairness = overview.themes().stream().filter(c -> c.theme().equals("FAIRNESS")).findFirst()
                .orElseThrow();
        Breakdown index = ((Figure.Value<Breakdown>) fairness.index()).value();
        assertThat(index.favourable()).isEqualTo(65);
        // The unit's headcount (200, stored with the release) narrows its interval: finite-population correction.
        assertThat(index.headcount()).hasValue(200);
        var corrected = index.favourableInterval();
        var uncorrected = new Breakdown(index.favourable(), index.neutral(), index.unfavourable(), index.n(),
                index.score()).favourableInterval();
        assertThat(corrected.upper() - corrected.lower()).isLessThan(0.8 * (uncorrected.upper() - uncorrected.lower()));
        assertThat(fairness.change()).isInstanceOf(Computation.Computed.class);
        assertThat(overview.improvements()).extracting(c -> c.item().code()).containsExactly("FAIR_01");
        assertThat(overview.themes()).filteredOn(c -> c.theme().equals("RECOMMEND"))
                .allSatisfy(c -> assertThat(c.index()).isEqualTo(Figure.noResponses()));
    }

    @Test
    void trendsFollowOnlyWavesThatPublishedTheUnitWithMinimumDetectableChange() {
        Trends trends = asAnalyst(() -> analytics.trends(release.unitId(), FAIR_01, "ETHNICITY"));

        assertThat(trends.waves()).extracting(ReleasedWave::id).containsExactly(release.earlierWaveId(), release.waveId());
        Trends.Series all = trends.series().getFirst();
        assertThat(all.group()).isNull();
        assertThat(all.points().get(1).change()).isInstanceOf(Computation.Computed.class);
        assertThat(all.points().get(1).minimumDetectableChange()).isInstanceOf(Computation.Computed.class);
        Trends.Series asian = trends.series().stream().filter(s -> s.group() != null && s.group().code().equals("ASIAN"))
                .findFirst().orElseThrow();
        assertThat(asian.points().get(0).figure()).isEqualTo(Figure.noResponses());
        assertThat(asian.points().get(1).figure()).isEqualTo(Figure.suppressed(10));
    }

    @Test
    void aRewordedQuestionStartsANewTrendAndLeavesThemeTrendsOnTheIdenticalQuestions() {
        String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase(java.util.Locale.ROOT);
        UUID copy = SignedIn.as("admin", "ADMIN", () -> {
            UUID id = itemBank.copyQuestionnaire("POLICE_RACE_FAITH_FAIRNESS", "AT_" + suffix, "Reworded " + suffix);
            itemBank.reword("FAIR_01", "Postings are decided fairly where I work (" + suffix + ").");
            return id;
        });
        UUID newest = fixture.laterWaveWith(release, copy);

        Trends item = asAnalyst(() -> analytics.trends(release.unitId(), FAIR_01, "ETHNICITY"));
        assertThat(item.waves()).extracting(ReleasedWave::id).containsExactly(newest);
        assertThat(item.excluded()).extracting(ReleasedWave::id).containsExactly(release.waveId(), release.earlierWaveId());

        Trends theme = asAnalyst(() -> analytics.trends(release.unitId(), Measure.theme("FAIRNESS"), "ETHNICITY"));
        assertThat(theme.waves()).extracting(ReleasedWave::id)
                .containsExactly(release.earlierWaveId(), release.waveId(), newest);
        assertThat(theme.items()).contains("FAIR_02").doesNotContain("FAIR_01");

        Overview overview = asAnalyst(() -> analytics.overview(newest, release.unitId()));
        assertThat(overview.previous()).map(ReleasedWave::id).contains(release.waveId());
        assertThat(overview.improvements()).extracting(c -> c.item().code()).doesNotContain("FAIR_01");
    }

    @Test
    void heatmapAndExperiencesUsePublishedFiguresOnly() {
        Heatmap heatmap = asAnalyst(() -> analytics.heatmap(release.waveId(), release.unitId(), "ETHNICITY"));
        int fairness = heatmap.themes().indexOf("FAIRNESS");
        int black = heatmap.dimension().categories().stream().map(Dimension.Category::code).toList().indexOf("BLACK");
        assertThat(heatmap.cells().get(fairness).get(black).gap()).satisfies(gap ->
                assertThat(((Computation.Computed<JudgedComparison>) gap).value().flagged()).isTrue());

        Experiences experiences = asAnalyst(() -> analytics.experiences(release.waveId(), release.unitId(), "ETHNICITY"));
        assertThat(experiences.stages()).extracting(Experiences.Stage::role)
                .containsExactly("EXPERIENCED", "WITNESSED", "REPORTED", "CONFIDENT");
        assertThat(experiences.rows().getFirst().stages()).containsExactly(Figure.value(new Share(40, 120)),
                Figure.noResponses(), Figure.value(new Share(12, 32)), Figure.noResponses());
        Experiences.Row preferNotToSay = experiences.rows().stream()
                .filter(r -> r.group() != null && r.group().code().equals("PREFER_NOT_TO_SAY")).findFirst().orElseThrow();
        assertThat(preferNotToSay.stages().getFirst()).isEqualTo(Figure.banded(new Band("OPTION_90:NEVER")));
    }

    @Test
    void commentsAreSearchable() {
        assertThat(asAnalyst(() -> analytics.comments(release.waveId(), release.unitId(), "COMMENT_01", ""))).hasSize(10);
        assertThat(asAnalyst(() -> analytics.comments(release.waveId(), release.unitId(), "COMMENT_01", "POSTINGS")))
                .hasSize(9).allSatisfy(c -> assertThat(c).contains("postings"));
    }

    @Test
    void anAnalystWithAnOrgScopeSeesOnlyThatSubtree() {
        UUID elsewhere = dsl.select(ORG_UNIT.ID).from(ORG_UNIT)
                .where(ORG_UNIT.PARENT_ID.isNotNull(), ORG_UNIT.ID.ne(release.unitId())).limit(1).fetchSingle(ORG_UNIT.ID);
        dsl.update(STAFF_USER).set(STAFF_USER.ORG_SCOPE_ID, elsewhere).where(STAFF_USER.USERNAME.eq("analyst.leadership"))
                .execute();
        try {
            List<OrgNode> visible = SignedIn.as("analyst.leadership", "ANALYST", () -> analytics.visibleNodes());
            assertThat(visible.getFirst().id()).isEqualTo(elsewhere);
            assertThat(visible).extracting(OrgNode::id).doesNotContain(release.unitId());
            assertThatThrownBy(() -> SignedIn.as("analyst.leadership", "ANALYST",
                    () -> analytics.overview(release.waveId(), release.unitId()))).isInstanceOf(AccessDeniedException.class);
            // The association analyst (no scope) and an administrator see the whole force.
            assertThat(asAnalyst(() -> analytics.visibleNodes())).extracting(OrgNode::id).contains(release.unitId());
        } finally {
            dsl.update(STAFF_USER).setNull(STAFF_USER.ORG_SCOPE_ID).where(STAFF_USER.USERNAME.eq("analyst.leadership"))
                    .execute();
        }
    }

    @Test
    void custodiansCannotReadResults() {
        assertThatThrownBy(() -> SignedIn.as("custodian.force", "CUSTODIAN", () -> analytics.releasedWaves()))
                .isInstanceOf(AccessDeniedException.class);
    }
}

package org.candour.analytics;

import org.jooq.DSLContext;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static org.candour.db.Tables.ORG_UNIT;
import static org.candour.db.Tables.QUESTIONNAIRE;
import static org.candour.db.Tables.WAVE;
import static org.candour.db.Tables.WAVE_UNIT_HEADCOUNT;
import static org.candour.db.published.Tables.RELEASE_CELL;
import static org.candour.db.published.Tables.RELEASE_COMMENT;
import static org.candour.db.published.Tables.RELEASE_ITEM;
import static org.candour.db.published.Tables.RELEASE_TABLE;
import static org.candour.db.published.Tables.WAVE_RELEASE;

/**
 * Two released waves for a unit of its own, written straight into the published schema with known figures, so
 * that every state appears: published groups (Black, White), a suppressed group (Asian), a group with no
 * responses (Mixed), a banded item (Prefer not to say), a total only published as a band (LEAD_01, so all other
 * respondents cannot be worked out), an item never answered (REPORT_03), and comments.
 * Option counts are in the questionnaire's option order: SD, D, N, A, SA, DK (agreement), NEVER, ONCE, FEW,
 * OFTEN (frequency), YES, NO, PNS (yes/no).
 */
@Component
public class PublishedFixture {

    public record Release(UUID unitId, String unitName, UUID earlierWaveId, String earlierWave, UUID waveId,
                          String wave) {
    }

    /** A comment that looks like a spreadsheet formula: exports must neutralise it. */
    public static final String FORMULA_COMMENT = "=HYPERLINK(\"http://example.invalid\",\"click\")";

    private final DSLContext dsl;

    PublishedFixture(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Release create() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UUID root = dsl.select(ORG_UNIT.ID).from(ORG_UNIT).where(ORG_UNIT.PARENT_ID.isNull()).fetchSingle(ORG_UNIT.ID);
        String unitName = "Analytics test unit " + suffix;
        UUID unit = dsl.insertInto(ORG_UNIT).set(ORG_UNIT.CODE, "AT-" + suffix).set(ORG_UNIT.NAME, unitName)
                .set(ORG_UNIT.PARENT_ID, root).returning(ORG_UNIT.ID).fetchSingle()
                .getId();
        return createFor(unit, unitName, suffix);
    }

    /** The same two waves for the force itself (the unit every reader sees first). */
    public Release createForTheForce() {
        var root = dsl.select(ORG_UNIT.ID, ORG_UNIT.NAME).from(ORG_UNIT).where(ORG_UNIT.PARENT_ID.isNull()).fetchSingle();
        return createFor(root.value1(), root.value2(), UUID.randomUUID().toString().substring(0, 8));
    }

    private Release createFor(UUID unit, String unitName, String suffix) {

        String earlierName = "Analytics wave 2024 " + suffix;
        UUID earlier = wave(earlierName, LocalDate.of(2024, 3, 1), unit, 105);
        table(earlier, 0, unit, List.of(), List.of(
                cell(List.of(), 105, item("FAIR_01", 15, 25, 20, 30, 15, 0))));
        table(earlier, 1, unit, List.of("ETHNICITY"), List.of(
                cell(List.of("BLACK"), 24, item("FAIR_01", 7, 9, 4, 3, 1, 0)),
                cell(List.of("WHITE"), 70, item("FAIR_01", 6, 12, 14, 25, 13, 0))));

        String laterName = "Analytics wave 2025 " + suffix;
        UUID later = wave(laterName, LocalDate.of(2025, 3, 1), unit, 120);
        table(later, 0, unit, List.of(), List.of(
                cell(List.of(), 120, item("FAIR_01", 10, 20, 20, 40, 25, 5), banded("LEAD_01", "FAVOURABLE_90"),
                        item("RACISM_EXP_COLLEAGUE", 80, 20, 10, 10), item("REPORT_01", 12, 20, 3))));
        table(later, 1, unit, List.of("ETHNICITY"), List.of(
                suppressedCell(List.of("ASIAN")),
                cell(List.of("BLACK"), 30, item("FAIR_01", 6, 10, 5, 5, 2, 2), item("LEAD_01", 0, 1, 2, 15, 12, 0),
                        item("RACISM_EXP_COLLEAGUE", 10, 8, 6, 6), item("REPORT_01", 6, 5, 1)),
                cell(List.of("MIXED"), 0),
                cell(List.of("WHITE"), 80, item("FAIR_01", 3, 8, 12, 32, 21, 4),
                        item("RACISM_EXP_COLLEAGUE", 60, 10, 4, 6), item("REPORT_01", 5, 13, 2)),
                cell(List.of("PREFER_NOT_TO_SAY"), 10, banded("FAIR_01", "FAVOURABLE_90"),
                        banded("RACISM_EXP_COLLEAGUE", "OPTION_90:NEVER"))));
        for (int i = 0; i < 10; i++) {
            dsl.insertInto(RELEASE_COMMENT).set(RELEASE_COMMENT.WAVE_ID, later).set(RELEASE_COMMENT.ORG_UNIT_ID, unit)
                    .set(RELEASE_COMMENT.ITEM_CODE, "COMMENT_01").set(RELEASE_COMMENT.POSITION, i)
                    .set(RELEASE_COMMENT.TEXT, i == 3 ? FORMULA_COMMENT : "Comment " + i + " about postings")
                    .execute();
        }
        return new Release(unit, unitName, earlier, earlierName, later, laterName);
    }

    /** A third released wave (2026) of the unit asked with another questionnaire, publishing FAIR_01 and FAIR_02. */
    public UUID laterWaveWith(Release release, UUID questionnaire) {
        UUID wave = wave("Analytics wave 2026 " + UUID.randomUUID(), LocalDate.of(2026, 3, 1), release.unitId(), 100,
                questionnaire);
        table(wave, 0, release.unitId(), List.of(), List.of(
                cell(List.of(), 100, item("FAIR_01", 5, 10, 15, 40, 30, 0), item("FAIR_02", 10, 10, 20, 40, 20, 0))));
        return wave;
    }

    private UUID wave(String name, LocalDate opensOn, UUID unit, int respondents) {
        return wave(name, opensOn, unit, respondents, dsl.select(QUESTIONNAIRE.ID).from(QUESTIONNAIRE)
                .where(QUESTIONNAIRE.IS_DEFAULT).fetchSingle(QUESTIONNAIRE.ID));
    }

    private UUID wave(String name, LocalDate opensOn, UUID unit, int respondents, UUID questionnaire) {
        UUID wave = dsl.insertInto(WAVE).set(WAVE.NAME, name).set(WAVE.QUESTIONNAIRE_ID, questionnaire)
                .set(WAVE.STATUS, "RELEASED").set(WAVE.PUBLIC_KEY, new byte[32]).set(WAVE.MIN_CELL_SIZE, 10).set(WAVE.OPENS_ON, opensOn)
                .set(WAVE.CLOSES_ON, opensOn.plusWeeks(4)).set(WAVE.LOCKED_AT, OffsetDateTime.now())
                .returning(WAVE.ID).fetchSingle().getId();
        dsl.insertInto(WAVE_RELEASE).set(WAVE_RELEASE.WAVE_ID, wave).set(WAVE_RELEASE.MIN_CELL_SIZE, 10)
                .set(WAVE_RELEASE.RESPONDENTS, respondents).set(WAVE_RELEASE.RELEASED_ON, opensOn.plusWeeks(6))
                .execute();
        dsl.insertInto(WAVE_UNIT_HEADCOUNT).set(WAVE_UNIT_HEADCOUNT.WAVE_ID, wave)
                .set(WAVE_UNIT_HEADCOUNT.ORG_UNIT_ID, unit).set(WAVE_UNIT_HEADCOUNT.HEADCOUNT, 200).execute();
        dsl.insertInto(org.candour.db.published.Tables.RELEASE_HEADCOUNT)
                .set(org.candour.db.published.Tables.RELEASE_HEADCOUNT.WAVE_ID, wave)
                .set(org.candour.db.published.Tables.RELEASE_HEADCOUNT.ORG_UNIT_ID, unit)
                .set(org.candour.db.published.Tables.RELEASE_HEADCOUNT.HEADCOUNT, 200).execute();
        return wave;
    }

    private record Item(String code, String status, String band, Integer[] counts) {
    }

    private record Cell(List<String> categories, Integer respondents, List<Item> items) {
    }

    private static Item item(String code, Integer... counts) {
        return new Item(code, "PUBLISHED", null, counts);
    }

    private static Item banded(String code, String band) {
        return new Item(code, "BANDED", band, null);
    }

    private static Cell cell(List<String> categories, int respondents, Item... items) {
        return new Cell(categories, respondents, List.of(items));
    }

    private static Cell suppressedCell(List<String> categories) {
        return new Cell(categories, null, List.of());
    }

    private void table(UUID wave, int tableNo, UUID unit, List<String> dimensions, List<Cell> cells) {
        dsl.insertInto(RELEASE_TABLE).set(RELEASE_TABLE.WAVE_ID, wave).set(RELEASE_TABLE.TABLE_NO, tableNo)
                .set(RELEASE_TABLE.ORG_UNIT_ID, unit).set(RELEASE_TABLE.DIMENSIONS, dimensions.toArray(String[]::new))
                .execute();
        for (int c = 0; c < cells.size(); c++) {
            Cell cell = cells.get(c);
            dsl.insertInto(RELEASE_CELL).set(RELEASE_CELL.WAVE_ID, wave).set(RELEASE_CELL.TABLE_NO, tableNo)
                    .set(RELEASE_CELL.CELL_NO, c).set(RELEASE_CELL.CATEGORIES, cell.categories().toArray(String[]::new))
                    .set(RELEASE_CELL.SUPPRESSED, cell.respondents() == null)
                    .set(RELEASE_CELL.RESPONDENTS, cell.respondents()).execute();
            for (Item item : cell.items()) {
                dsl.insertInto(RELEASE_ITEM).set(RELEASE_ITEM.WAVE_ID, wave).set(RELEASE_ITEM.TABLE_NO, tableNo)
                        .set(RELEASE_ITEM.CELL_NO, c).set(RELEASE_ITEM.ITEM_CODE, item.code())
                        .set(RELEASE_ITEM.STATUS, item.status()).set(RELEASE_ITEM.BAND, item.band())
                        .set(RELEASE_ITEM.OPTION_COUNTS, item.counts()).execute();
            }
        }
    }
}

package org.candour.release;

import org.candour.base.database.CopyRows;
import org.candour.disclosure.ProtectedRelease;
import org.candour.org.UnitTree;
import org.candour.sealing.SealedBallot;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.candour.db.Tables.ACCESS_CODE;
import static org.candour.db.Tables.BALLOT;
import static org.candour.db.Tables.BALLOT_ARCHIVE;
import static org.candour.db.Tables.CODE_BATCH;
import static org.candour.db.Tables.ITEM;
import static org.candour.db.Tables.ITEM_OPTION;
import static org.candour.db.Tables.ORG_UNIT;
import static org.candour.db.Tables.PROFILE_CATEGORY;
import static org.candour.db.Tables.PROFILE_DIMENSION;
import static org.candour.db.Tables.QUESTIONNAIRE_ITEM;
import static org.candour.db.Tables.QUESTIONNAIRE_SECTION;
import static org.candour.db.Tables.WAVE;
import static org.candour.db.Tables.WAVE_UNIT_HEADCOUNT;
import static org.candour.db.published.Tables.RELEASE_CELL;
import static org.candour.db.published.Tables.RELEASE_HEADCOUNT;
import static org.candour.db.published.Tables.RELEASE_COMMENT;
import static org.candour.db.published.Tables.RELEASE_ITEM;
import static org.candour.db.published.Tables.RELEASE_TABLE;
import static org.candour.db.published.Tables.WAVE_RELEASE;

/** Reads what a release needs and writes the protected release; deletes the ballot box afterwards. */
@Repository
class ReleaseRepository {

    private final DSLContext dsl;

    ReleaseRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    ReportingModel reportingModel(UUID questionnaireId) {
        List<ReportingModel.Unit> units = new ArrayList<>();
        // Root first, then breadth-first, so that every parent comes before its children.
        Map<UUID, List<Record>> byParent = new HashMap<>();
        Record root = null;
        for (Record unit : dsl.select(ORG_UNIT.ID, ORG_UNIT.PARENT_ID, ORG_UNIT.NAME).from(ORG_UNIT)
                .orderBy(ORG_UNIT.SORT_ORDER, ORG_UNIT.CODE).fetch()) {
            if (unit.get(ORG_UNIT.PARENT_ID) == null) {
                root = unit;
            } else {
                byParent.computeIfAbsent(unit.get(ORG_UNIT.PARENT_ID), id -> new ArrayList<>()).add(unit);
            }
        }
        if (root != null) {
            List<Record> queue = new ArrayList<>(List.of(root));
            for (int i = 0; i < queue.size(); i++) {
                Record unit = queue.get(i);
                units.add(new ReportingModel.Unit(unit.get(ORG_UNIT.ID), unit.get(ORG_UNIT.PARENT_ID),
                        unit.get(ORG_UNIT.NAME)));
                queue.addAll(byParent.getOrDefault(unit.get(ORG_UNIT.ID), List.of()));
            }
        }

        List<ReportingModel.ProfileDimension> dimensions = new ArrayList<>();
        var broad = PROFILE_CATEGORY.as("broad");
        for (var dimension : dsl.selectFrom(PROFILE_DIMENSION).orderBy(PROFILE_DIMENSION.SORT_ORDER).fetch()) {
            List<String> reporting = new ArrayList<>();
            Map<String, String> toReporting = new LinkedHashMap<>();
            for (var category : dsl.select(PROFILE_CATEGORY.CODE, broad.CODE).from(PROFILE_CATEGORY)
                    .leftJoin(broad).on(broad.ID.eq(PROFILE_CATEGORY.BROAD_CATEGORY_ID))
                    .where(PROFILE_CATEGORY.DIMENSION_ID.eq(dimension.getId()))
                    .orderBy(PROFILE_CATEGORY.SORT_ORDER).fetch()) {
                String code = category.value1();
                String reportAs = category.value2() == null ? code : category.value2();
                toReporting.put(code, reportAs);
                if (category.value2() == null) {
                    reporting.add(code);
                }
            }
            reporting.add(ReportingModel.NOT_ANSWERED);
            dimensions.add(new ReportingModel.ProfileDimension(dimension.getCode(), reporting, toReporting));
        }

        List<ReportingModel.ClosedItem> items = new ArrayList<>();
        List<String> textItems = new ArrayList<>();
        var options = org.jooq.impl.DSL.multiset(org.jooq.impl.DSL.select(ITEM_OPTION.CODE).from(ITEM_OPTION)
                .where(ITEM_OPTION.ITEM_ID.eq(ITEM.ID)).orderBy(ITEM_OPTION.POSITION))
                .convertFrom(r -> r.map(o -> o.value1()));
        for (var item : dsl.select(ITEM.CODE, ITEM.KIND, ITEM.POLARITY, options)
                .from(QUESTIONNAIRE_ITEM)
                .join(QUESTIONNAIRE_SECTION).on(QUESTIONNAIRE_SECTION.ID.eq(QUESTIONNAIRE_ITEM.SECTION_ID))
                .join(ITEM).on(ITEM.ID.eq(QUESTIONNAIRE_ITEM.ITEM_ID))
                .where(QUESTIONNAIRE_SECTION.QUESTIONNAIRE_ID.eq(questionnaireId))
                .orderBy(QUESTIONNAIRE_SECTION.POSITION, QUESTIONNAIRE_ITEM.POSITION).fetch()) {
            if ("TEXT".equals(item.value2())) {
                textItems.add(item.value1());
            } else {
                items.add(new ReportingModel.ClosedItem(item.value1(), item.value2(),
                        "NEGATIVE".equals(item.value3()), item.value4()));
            }
        }
        return new ReportingModel(units, dimensions, items, textItems);
    }

    List<SealedBallot> ballots(UUID waveId) {
        return dsl.select(BALLOT.ENCAPSULATED_KEY, BALLOT.CIPHERTEXT).from(BALLOT).where(BALLOT.WAVE_ID.eq(waveId))
                .fetch(r -> new SealedBallot(r.value1(), r.value2()));
    }

    boolean alreadyReleased(UUID waveId) {
        return dsl.fetchExists(WAVE_RELEASE, WAVE_RELEASE.WAVE_ID.eq(waveId));
    }

    void storeRelease(UUID waveId, int k, int respondents, int unreadable, ProtectedRelease release,
                      ReportingModel model, boolean independentlyVerified) {
        List<ReportingModel.Unit> units = model.units();
        dsl.insertInto(WAVE_RELEASE)
                .set(WAVE_RELEASE.WAVE_ID, waveId)
                .set(WAVE_RELEASE.MIN_CELL_SIZE, k)
                .set(WAVE_RELEASE.RESPONDENTS, respondents)
                .set(WAVE_RELEASE.UNREADABLE_BALLOTS, unreadable)
                .set(WAVE_RELEASE.EXHAUSTIVELY_CHECKED, release.exhaustivelyChecked())
                .set(WAVE_RELEASE.FAMILIES_CHECKED, release.familiesChecked())
                .set(WAVE_RELEASE.INDEPENDENTLY_VERIFIED, independentlyVerified)
                .execute();
        var tables = new ArrayList<org.candour.db.published.tables.records.ReleaseTableRecord>();
        var cells = new ArrayList<org.candour.db.published.tables.records.ReleaseCellRecord>();
        int tableNo = 0;
        for (ProtectedRelease.TableRelease table : release.tables()) {
            List<Integer> dims = table.table().dimensions();
            String[] dimensionCodes = dims.stream().map(d -> model.dimensions().get(d).code()).toArray(String[]::new);
            tables.add(new org.candour.db.published.tables.records.ReleaseTableRecord(waveId, tableNo,
                    units.get(table.table().node()).id(), dimensionCodes));
            int cellNo = 0;
            for (ProtectedRelease.CellRelease cell : table.cells()) {
                String[] categories = new String[dims.size()];
                for (int i = 0; i < dims.size(); i++) {
                    categories[i] = model.dimensions().get(dims.get(i)).categories().get(cell.categories().get(i));
                }
                boolean suppressed = cell.status() == org.candour.disclosure.CellStatus.SUPPRESSED;
                cells.add(new org.candour.db.published.tables.records.ReleaseCellRecord(waveId, tableNo, cellNo,
                        categories, suppressed, suppressed ? null : cell.count()));
                cellNo++;
            }
            tableNo++;
        }
        dsl.batchInsert(tables).execute();
        dsl.batchInsert(cells).execute();
        storeItemFigures(waveId, release, model);
        storeHeadcounts(waveId, units);
    }

    /**
     * Each node's headcount for the wave, its own plus every unit's below it in the tree as it stands now; nodes
     * with no headcount fixed in their subtree get none.
     */
    private void storeHeadcounts(UUID waveId, List<ReportingModel.Unit> units) {
        Map<UUID, Integer> own = dsl.select(WAVE_UNIT_HEADCOUNT.ORG_UNIT_ID, WAVE_UNIT_HEADCOUNT.HEADCOUNT)
                .from(WAVE_UNIT_HEADCOUNT).where(WAVE_UNIT_HEADCOUNT.WAVE_ID.eq(waveId))
                .fetchMap(WAVE_UNIT_HEADCOUNT.ORG_UNIT_ID, WAVE_UNIT_HEADCOUNT.HEADCOUNT);
        Map<UUID, Integer> subtree = UnitTree.of(units, ReportingModel.Unit::id, ReportingModel.Unit::parentId)
                .subtreeSums(own);
        var rows = new ArrayList<org.candour.db.published.tables.records.ReleaseHeadcountRecord>();
        subtree.forEach((unit, headcount) -> rows.add(
                new org.candour.db.published.tables.records.ReleaseHeadcountRecord(waveId, unit, headcount)));
        dsl.batchInsert(rows).execute();
    }

    /**
     * Item figures, written with COPY: a large release has hundreds of thousands of them (published cells times
     * items), several times faster so than as batched INSERTs, and streamed in chunks.
     */
    private void storeItemFigures(UUID waveId, ProtectedRelease release, ReportingModel model) {
        try (CopyRows rows = CopyRows.into(dsl, "published.release_item", List.of("wave_id", "table_no", "cell_no",
                "item_code", "status", "band", "option_counts"))) {
            for (int tableNo = 0; tableNo < release.tables().size(); tableNo++) {
                List<ProtectedRelease.CellRelease> tableCells = release.tables().get(tableNo).cells();
                for (int cellNo = 0; cellNo < tableCells.size(); cellNo++) {
                    List<ProtectedRelease.ItemRelease> figures = tableCells.get(cellNo).items();
                    for (int item = 0; item < figures.size(); item++) {
                        ProtectedRelease.ItemRelease figure = figures.get(item);
                        boolean exact = figure.status() == org.candour.disclosure.ItemStatus.PUBLISHED;
                        rows.row(waveId, tableNo, cellNo, model.items().get(item).code(), figure.status().name(),
                                figure.band() == null ? null : bandName(figure.band(), model.items().get(item)),
                                exact ? java.util.Arrays.stream(figure.optionCounts()).boxed().toArray(Integer[]::new)
                                        : null);
                    }
                }
            }
            rows.finish();
        }
    }

    private static String bandName(org.candour.disclosure.Band band, ReportingModel.ClosedItem item) {
        return switch (band.kind()) {
            case MOSTLY_FAVOURABLE -> "FAVOURABLE_90";
            case MOSTLY_UNFAVOURABLE -> "UNFAVOURABLE_90";
            case MOSTLY_ONE_OPTION -> "OPTION_90:" + item.optionCodes().get(band.option());
        };
    }

    void storeComments(UUID waveId, UUID unitId, String itemCode, List<String> comments) {
        var insert = dsl.insertInto(RELEASE_COMMENT, RELEASE_COMMENT.WAVE_ID, RELEASE_COMMENT.ORG_UNIT_ID,
                RELEASE_COMMENT.ITEM_CODE, RELEASE_COMMENT.POSITION, RELEASE_COMMENT.TEXT);
        for (int i = 0; i < comments.size(); i++) {
            insert = insert.values(waveId, unitId, itemCode, i, comments.get(i));
        }
        insert.execute();
    }

    void storeArchive(UUID waveId, int ballots, SealedBallot archive) {
        dsl.insertInto(BALLOT_ARCHIVE)
                .set(BALLOT_ARCHIVE.WAVE_ID, waveId)
                .set(BALLOT_ARCHIVE.BALLOTS, ballots)
                .set(BALLOT_ARCHIVE.ENCAPSULATED_KEY, archive.encapsulatedKey())
                .set(BALLOT_ARCHIVE.CIPHERTEXT, archive.ciphertext())
                .execute();
    }

    /** After release nothing about individual respondents stays but the protected figures and the archive. */
    void deleteBallotBox(UUID waveId) {
        dsl.deleteFrom(BALLOT).where(BALLOT.WAVE_ID.eq(waveId)).execute();
        dsl.deleteFrom(ACCESS_CODE).where(ACCESS_CODE.BATCH_ID.in(
                dsl.select(CODE_BATCH.ID).from(CODE_BATCH).where(CODE_BATCH.WAVE_ID.eq(waveId)))).execute();
    }

    Integer minCellSize(UUID waveId) {
        return dsl.select(WAVE.MIN_CELL_SIZE).from(WAVE).where(WAVE.ID.eq(waveId)).fetchOne(WAVE.MIN_CELL_SIZE);
    }
}

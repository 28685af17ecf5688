package org.candour.benchmark;

import org.jooq.DSLContext;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;

import static org.candour.db.Tables.ORG_UNIT;
import static org.candour.db.Tables.QUESTIONNAIRE;
import static org.candour.db.Tables.WAVE;
import static org.candour.db.published.Tables.WAVE_RELEASE;

/**
 * Released waves of realistic shape written straight into the published schema with PostgreSQL COPY: a force of
 * about 250 units, the default catalogue (every unit in total and by each profile dimension; the force and its
 * commands by ethnicity × each default cross-table dimension), every closed item of the default questionnaire per
 * cell, cells under k suppressed and a few items banded, and a handful of comments per unit. The figures are
 * random but of the right size: each team has its share of the respondents, parents add up their teams.
 */
final class BulkRelease {

    static final int K = 10;
    private static final List<String> CROSS = List.of("RANK", "GENDER", "SERVICE");

    record Unit(UUID id, UUID parent, List<Unit> children) {
    }

    record Item(String code, int options) {
    }

    private final DSLContext dsl;
    private final SplittableRandom random = new SplittableRandom(2026);
    private final Map<String, List<String>> categories = new LinkedHashMap<>();
    private final List<Item> items;
    private final UUID questionnaire;
    /** Rows written, by table, for the report. */
    long tables;
    long cells;
    long itemRows;

    BulkRelease(DSLContext dsl) {
        this.dsl = dsl;
        this.questionnaire = dsl.select(QUESTIONNAIRE.ID).from(QUESTIONNAIRE).where(QUESTIONNAIRE.IS_DEFAULT)
                .fetchSingle(QUESTIONNAIRE.ID);
        dsl.fetch("""
                select d.code, c.code from profile_dimension d join profile_category c on c.dimension_id = d.id
                where c.broad_category_id is null order by d.sort_order, c.sort_order""")
                .forEach(r -> categories.computeIfAbsent(r.get(0, String.class), d -> new ArrayList<>())
                        .add(r.get(1, String.class)));
        categories.values().forEach(list -> list.add("NOT_ANSWERED"));
        this.items = dsl.fetch("""
                select i.code, count(o.position) from questionnaire_section s
                join questionnaire_item qi on qi.section_id = s.id join item i on i.id = qi.item_id
                join item_option o on o.item_id = i.id
                where s.questionnaire_id = ? group by i.code, s.position, qi.position order by s.position, qi.position""",
                questionnaire).map(r -> new Item(r.get(0, String.class), r.get(1, Integer.class)));
    }

    int dimensions() {
        return categories.size();
    }

    int items() {
        return items.size();
    }

    /** The force root with 5 commands × 7 BCUs × 6 teams below it: 250 new units. */
    Unit syntheticForce() {
        UUID rootId = dsl.select(ORG_UNIT.ID).from(ORG_UNIT).where(ORG_UNIT.PARENT_ID.isNull()).fetchSingle(ORG_UNIT.ID);
        Unit root = new Unit(rootId, null, new ArrayList<>());
        for (int c = 0; c < 5; c++) {
            Unit command = unit("BENCH-A-" + c, "Analytics command " + c, root);
            for (int b = 0; b < 7; b++) {
                Unit bcu = unit("BENCH-A-" + c + "-" + b, "Analytics BCU " + c + "." + b, command);
                for (int t = 0; t < 6; t++) {
                    unit("BENCH-A-" + c + "-" + b + "-" + t, "Analytics team " + c + "." + b + "." + t, bcu);
                }
            }
        }
        return root;
    }

    private Unit unit(String code, String name, Unit parent) {
        UUID id = dsl.insertInto(ORG_UNIT).set(ORG_UNIT.CODE, code).set(ORG_UNIT.NAME, name)
                .set(ORG_UNIT.PARENT_ID, parent.id()).returning(ORG_UNIT.ID).fetchSingle(ORG_UNIT.ID);
        Unit unit = new Unit(id, parent.id(), new ArrayList<>());
        parent.children().add(unit);
        return unit;
    }

    /** One released wave of {@code respondents} over the force's teams; returns its id. */
    UUID releaseWave(Unit root, int year, int respondents) {
        String name = "Benchmark wave " + year;
        LocalDate opens = LocalDate.of(year, 3, 1);
        UUID wave = dsl.insertInto(WAVE).set(WAVE.NAME, name).set(WAVE.QUESTIONNAIRE_ID, questionnaire)
                .set(WAVE.STATUS, "RELEASED").set(WAVE.PUBLIC_KEY, new byte[32]).set(WAVE.MIN_CELL_SIZE, K)
                .set(WAVE.OPENS_ON, opens).set(WAVE.CLOSES_ON, opens.plusWeeks(4)).set(WAVE.LOCKED_AT, OffsetDateTime.now())
                .returning(WAVE.ID).fetchSingle().getId();
        dsl.insertInto(WAVE_RELEASE).set(WAVE_RELEASE.WAVE_ID, wave).set(WAVE_RELEASE.MIN_CELL_SIZE, K)
                .set(WAVE_RELEASE.RESPONDENTS, respondents).set(WAVE_RELEASE.RELEASED_ON, opens.plusWeeks(6)).execute();

        StringBuilder tableRows = new StringBuilder();
        StringBuilder cellRows = new StringBuilder();
        StringBuilder itemRowsText = new StringBuilder();
        StringBuilder headcounts = new StringBuilder();
        StringBuilder comments = new StringBuilder();
        List<Unit> teams = new ArrayList<>();
        collectTeams(root, teams);
        Map<UUID, Integer> size = new LinkedHashMap<>();
        Map<UUID, Integer> headcount = new LinkedHashMap<>();
        int perTeam = respondents / teams.size();
        for (Unit team : teams) {
            int n = Math.max(0, perTeam + random.nextInt(-perTeam / 2, perTeam / 2 + 1));
            size.put(team.id(), n);
            headcount.put(team.id(), n * 3 / 2);
            headcounts.append(wave).append('\t').append(team.id()).append('\t').append(n * 3 / 2).append('\n');
        }
        sizes(root, size);
        // As a release stores them: each unit's headcount summed over the units below it.
        sizes(root, headcount);
        StringBuilder releaseHeadcounts = new StringBuilder();
        visit(root, unit -> releaseHeadcounts.append(wave).append('\t').append(unit.id()).append('\t')
                .append(headcount.get(unit.id())).append('\n'));

        int[] tableNo = {0};
        visit(root, unit -> {
            int n = size.get(unit.id());
            // The node's total first: no group may have more answers for an option than the total has, so that
            // "all other respondents" (total less group) is never negative.
            int[][] total = items.stream().map(item -> counts(n, item.options(), null)).toArray(int[][]::new);
            addTable(wave, tableNo[0]++, unit.id(), List.of(), List.of(List.of()), List.of(n), total, tableRows,
                    cellRows, itemRowsText);
            for (Map.Entry<String, List<String>> dimension : categories.entrySet()) {
                List<List<String>> combinations = dimension.getValue().stream().map(List::of).toList();
                addTable(wave, tableNo[0]++, unit.id(), List.of(dimension.getKey()), combinations,
                        split(n, combinations.size()), total, tableRows, cellRows, itemRowsText);
            }
            if (unit.parent() == null || unit.parent().equals(root.id())) {
                for (String cross : CROSS) {
                    List<List<String>> combinations = new ArrayList<>();
                    for (String ethnicity : categories.get("ETHNICITY")) {
                        for (String other : categories.get(cross)) {
                            combinations.add(List.of(ethnicity, other));
                        }
                    }
                    addTable(wave, tableNo[0]++, unit.id(), List.of("ETHNICITY", cross), combinations,
                            split(n, combinations.size()), total, tableRows, cellRows, itemRowsText);
                }
            }
            for (int c = 0; c < 5; c++) {
                comments.append(wave).append('\t').append(unit.id()).append("\tCOMMENT_01\t").append(c)
                        .append("\tBenchmark comment ").append(c).append(" about postings\n");
            }
        });
        copy("published.release_table (wave_id, table_no, org_unit_id, dimensions)", tableRows);
        copy("published.release_cell (wave_id, table_no, cell_no, categories, suppressed, respondents)", cellRows);
        copy("published.release_item (wave_id, table_no, cell_no, item_code, status, band, option_counts)", itemRowsText);
        copy("published.release_comment (wave_id, org_unit_id, item_code, position, text)", comments);
        copy("wave_unit_headcount (wave_id, org_unit_id, headcount)", headcounts);
        copy("published.release_headcount (wave_id, org_unit_id, headcount)", releaseHeadcounts);
        return wave;
    }

    private void addTable(UUID wave, int tableNo, UUID unit, List<String> dimensions, List<List<String>> combinations,
                          List<Integer> sizes, int[][] total, StringBuilder tableRows, StringBuilder cellRows,
                          StringBuilder itemRowsText) {
        tableRows.append(wave).append('\t').append(tableNo).append('\t').append(unit).append('\t')
                .append(array(dimensions)).append('\n');
        tables++;
        for (int c = 0; c < combinations.size(); c++) {
            int n = sizes.get(c);
            boolean suppressed = n > 0 && n < K;
            cellRows.append(wave).append('\t').append(tableNo).append('\t').append(c).append('\t')
                    .append(array(combinations.get(c))).append('\t').append(suppressed ? 't' : 'f').append('\t')
                    .append(suppressed ? "\\N" : String.valueOf(n)).append('\n');
            cells++;
            if (suppressed || n == 0) {
                continue;
            }
            for (int i = 0; i < items.size(); i++) {
                Item item = items.get(i);
                itemRowsText.append(wave).append('\t').append(tableNo).append('\t').append(c).append('\t')
                        .append(item.code()).append('\t');
                if (random.nextInt(50) == 0) {
                    itemRowsText.append("BANDED\tFAVOURABLE_90\t\\N\n");
                } else {
                    itemRowsText.append("PUBLISHED\t\\N\t").append(array(dimensions.isEmpty() ? total[i]
                            : counts(n, item.options(), total[i])))
                            .append('\n');
                }
                itemRows++;
            }
        }
    }

    /** About n answers spread at random over the options; never more per option than {@code cap} has. */
    private int[] counts(int n, int options, int[] cap) {
        double[] weights = new double[options];
        double sum = 0;
        for (int o = 0; o < options; o++) {
            weights[o] = 0.3 + random.nextDouble();
            sum += weights[o];
        }
        int[] counts = new int[options];
        for (int o = 0; o < options; o++) {
            counts[o] = (int) Math.floor(n * weights[o] / sum);
            if (cap != null) {
                counts[o] = Math.min(counts[o], cap[o]);
            }
        }
        return counts;
    }

    private static String array(int[] counts) {
        StringBuilder text = new StringBuilder("{");
        for (int o = 0; o < counts.length; o++) {
            text.append(o == 0 ? "" : ",").append(counts[o]);
        }
        return text.append('}').toString();
    }

    /** n split over the cells unevenly: the first (majority) category takes most, as in a police force. */
    private List<Integer> split(int n, int parts) {
        double[] weights = new double[parts];
        double total = 0;
        for (int p = 0; p < parts; p++) {
            weights[p] = p == 0 ? 6 : 0.2 + random.nextDouble();
            total += weights[p];
        }
        List<Integer> sizes = new ArrayList<>();
        for (double weight : weights) {
            sizes.add((int) Math.floor(n * weight / total));
        }
        return sizes;
    }

    private static String array(List<String> values) {
        return "{" + String.join(",", values) + "}";
    }

    /** The ids of the unit and of every unit below it. */
    java.util.Set<UUID> unitIds(Unit root) {
        java.util.Set<UUID> ids = new java.util.HashSet<>();
        visit(root, unit -> ids.add(unit.id()));
        return ids;
    }

    private static void collectTeams(Unit unit, List<Unit> teams) {
        if (unit.children().isEmpty()) {
            teams.add(unit);
        }
        unit.children().forEach(child -> collectTeams(child, teams));
    }

    private static int sizes(Unit unit, Map<UUID, Integer> size) {
        if (unit.children().isEmpty()) {
            return size.get(unit.id());
        }
        int sum = unit.children().stream().mapToInt(child -> sizes(child, size)).sum();
        size.put(unit.id(), sum);
        return sum;
    }

    private static void visit(Unit unit, java.util.function.Consumer<Unit> action) {
        action.accept(unit);
        unit.children().forEach(child -> visit(child, action));
    }

    private void copy(String target, StringBuilder rows) {
        dsl.connection(connection -> {
            try {
                CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
                copy.copyIn("copy " + target + " from stdin", new StringReader(rows.toString()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SQLException e) {
                throw new IllegalStateException("COPY into " + target + " failed", e);
            }
        });
    }
}

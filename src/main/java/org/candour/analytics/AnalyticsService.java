package org.candour.analytics;

import org.candour.analytics.statistics.AgreementCounts;
import org.candour.analytics.statistics.Computation;
import org.candour.analytics.statistics.Figure;
import org.candour.analytics.statistics.JudgedComparison;
import org.candour.analytics.statistics.MinimumDetectableChange;
import org.candour.analytics.statistics.MultipleComparisonCorrection;
import org.candour.analytics.statistics.ProportionComparison;
import org.candour.analytics.statistics.SignificantDifferenceRule;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.candour.admin.StaffAccountService;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;

/**
 * The analytics views of analytics.md, computed from the protected release only (schema published) and the
 * questionnaire and org metadata. Association and leadership analysts get the same figures; an analyst with an
 * org scope sees the nodes of that subtree, everyone else the whole force.
 */
@Service
public class AnalyticsService {

    /** The themes that have an index, in display order (analytics.md). */
    public static final List<String> THEMES = List.of("FAIRNESS", "CAREER", "RACISM", "REPORTING", "SPEAKING_UP",
            "LEADERSHIP", "INCLUSION", "RECOMMEND");
    /** How many items the overview lists as largest improvements and as largest declines. */
    static final int LARGEST_CHANGES = 3;
    private static final List<String> FUNNEL = List.of("EXPERIENCED", "WITNESSED", "REPORTED", "CONFIDENT");

    private final PublishedQuery published;
    private final MetadataQuery metadata;
    private final StaffAccountService staff;

    AnalyticsService(PublishedQuery published, MetadataQuery metadata, StaffAccountService staff) {
        this.published = published;
        this.metadata = metadata;
        this.staff = staff;
    }

    /** Released waves, newest first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional(readOnly = true)
    public List<ReleasedWave> releasedWaves() {
        return metadata.releasedWaves().stream().map(MetadataQuery.WaveInfo::wave).toList().reversed();
    }

    /** The org nodes the signed-in reader may see, top of their scope first, depth-first. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional(readOnly = true)
    public List<OrgNode> visibleNodes() {
        List<MetadataQuery.Unit> units = metadata.units();
        Map<UUID, List<MetadataQuery.Unit>> children = new HashMap<>();
        List<MetadataQuery.Unit> roots = new ArrayList<>();
        for (MetadataQuery.Unit unit : units) {
            if (unit.parentId() == null) {
                roots.add(unit);
            } else {
                children.computeIfAbsent(unit.parentId(), id -> new ArrayList<>()).add(unit);
            }
        }
        Optional<UUID> scope = staff.scopeOfSignedInReader();
        List<MetadataQuery.Unit> tops = scope.map(id -> units.stream().filter(u -> u.id().equals(id)).toList())
                .orElse(roots);
        List<OrgNode> nodes = new ArrayList<>();
        for (MetadataQuery.Unit top : tops) {
            addSubtree(top, 0, children, nodes);
        }
        return nodes;
    }

    private static void addSubtree(MetadataQuery.Unit unit, int depth, Map<UUID, List<MetadataQuery.Unit>> children,
                                   List<OrgNode> nodes) {
        nodes.add(new OrgNode(unit.id(), unit.name(), depth));
        for (MetadataQuery.Unit child : children.getOrDefault(unit.id(), List.of())) {
            addSubtree(child, depth + 1, children, nodes);
        }
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional(readOnly = true)
    public List<Dimension> dimensions() {
        return metadata.dimensions();
    }

    /** The themes, then the agreement items, of a wave's questionnaire. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional(readOnly = true)
    public List<Measure> measures(UUID waveId) {
        List<ItemInfo> items = metadata.items(wave(waveId).questionnaireId());
        List<Measure> measures = new ArrayList<>();
        for (String theme : THEMES) {
            if (items.stream().anyMatch(i -> i.isAgreement() && i.theme().equals(theme))) {
                measures.add(Measure.theme(theme));
            }
        }
        items.stream().filter(ItemInfo::isAgreement)
                .forEach(i -> measures.add(new Measure(Measure.Kind.ITEM, i.code(), i.wording())));
        return measures;
    }

    /** The free-text questions of a wave's questionnaire. */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional(readOnly = true)
    public List<Measure> textQuestions(UUID waveId) {
        return metadata.items(wave(waveId).questionnaireId()).stream().filter(i -> "TEXT".equals(i.kind()))
                .map(i -> new Measure(Measure.Kind.ITEM, i.code(), i.wording())).toList();
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional(readOnly = true)
    public Overview overview(UUID waveId, UUID nodeId) {
        OrgNode node = visibleNode(nodeId);
        List<MetadataQuery.WaveInfo> waves = metadata.releasedWaves();
        MetadataQuery.WaveInfo current = wave(waveId);
        // The previous released wave that published this unit.
        Optional<MetadataQuery.WaveInfo> previous = waves.subList(0, waves.indexOf(current)).reversed().stream()
                .filter(w -> !published.cells(w.wave().id(), nodeId, List.of()).isEmpty()).findFirst();
        int k = current.wave().minCellSize();
        List<ItemInfo> items = metadata.items(current.questionnaireId());
        PublishedCell total = first(published.cells(waveId, nodeId, List.of()));

        Figure<Integer> respondents = total == null ? Figure.noResponses()
                : total.suppressed() ? Figure.suppressed(k) : Figure.value(total.respondents());
        OptionalInt headcount = published.headcount(waveId, nodeId);
        Computation<Double> rate = responseRate(respondents, headcount);

        Map<String, ItemInfo> before = previous.map(p -> byCode(metadata.items(p.questionnaireId()))).orElse(Map.of());
        PublishedCell previousTotal = previous.map(p -> first(published.cells(p.wave().id(), nodeId, List.of())))
                .orElse(null);
        int previousK = previous.map(p -> p.wave().minCellSize()).orElse(k);
        OptionalInt previousHeadcount = previous.map(p -> published.headcount(p.wave().id(), nodeId))
                .orElse(OptionalInt.empty());

        List<String> themes = new ArrayList<>();
        List<Figure<Breakdown>> indices = new ArrayList<>();
        List<Computation<Double>> indexChanges = new ArrayList<>();
        List<Computation<ProportionComparison>> themeChanges = new ArrayList<>();
        for (String theme : THEMES) {
            List<ItemInfo> themeItems = items.stream().filter(i -> i.isAgreement() && i.theme().equals(theme)).toList();
            if (themeItems.isEmpty()) {
                continue;
            }
            themes.add(theme);
            indices.add(unitBreakdown(total, themeItems, k, headcount));
            List<ItemInfo> common = themeItems.stream().filter(i -> i.sameWording(before.get(i.code()))).toList();
            if (previous.isEmpty() || common.isEmpty()) {
                indexChanges.add(Computation.notComputable(Computation.Reason.NO_RESPONSES));
                themeChanges.add(Computation.notComputable(Computation.Reason.NO_RESPONSES));
                continue;
            }
            Figure<Breakdown> now = unitBreakdown(total, common, k, headcount);
            Figure<Breakdown> then = unitBreakdown(previousTotal, common, previousK, previousHeadcount);
            indexChanges.add(scoreDifference(now, then));
            themeChanges.add(gap(now, then));
        }
        List<Computation<JudgedComparison>> judgedThemes =
                SignificantDifferenceRule.judge(themeChanges, MultipleComparisonCorrection.HOLM);
        List<Overview.ThemeCard> cards = new ArrayList<>();
        for (int i = 0; i < themes.size(); i++) {
            cards.add(new Overview.ThemeCard(themes.get(i), indices.get(i), indexChanges.get(i), judgedThemes.get(i)));
        }

        List<Overview.Change> changes = new ArrayList<>();
        if (previous.isPresent()) {
            List<ItemInfo> common = items.stream().filter(i -> i.isAgreement() && i.sameWording(before.get(i.code())))
                    .toList();
            List<Figure<Breakdown>> afters = new ArrayList<>();
            List<Figure<Breakdown>> befores = new ArrayList<>();
            List<Computation<ProportionComparison>> family = new ArrayList<>();
            for (ItemInfo item : common) {
                Figure<Breakdown> after = unitBreakdown(total, List.of(item), k, headcount);
                Figure<Breakdown> earlier = unitBreakdown(previousTotal, List.of(item), previousK, previousHeadcount);
                afters.add(after);
                befores.add(earlier);
                family.add(gap(after, earlier));
            }
            List<Computation<JudgedComparison>> judged =
                    SignificantDifferenceRule.judge(family, MultipleComparisonCorrection.HOLM);
            for (int i = 0; i < common.size(); i++) {
                changes.add(new Overview.Change(measure(common.get(i)), befores.get(i), afters.get(i), judged.get(i)));
            }
        }
        List<Overview.Change> computable = changes.stream()
                .filter(c -> c.change() instanceof Computation.Computed<JudgedComparison>)
                .sorted(Comparator.comparingDouble(AnalyticsService::difference)).toList();
        List<Overview.Change> improvements = computable.reversed().stream().filter(c -> difference(c) > 0)
                .limit(LARGEST_CHANGES).toList();
        List<Overview.Change> declines = computable.stream().filter(c -> difference(c) < 0)
                .limit(LARGEST_CHANGES).toList();
        return new Overview(current.wave(), node, previous.map(MetadataQuery.WaveInfo::wave), respondents, rate,
                cards, improvements, declines);
    }

    private static double difference(Overview.Change change) {
        return ((Computation.Computed<JudgedComparison>) change.change()).value().comparison().difference();
    }

    private static Computation<Double> responseRate(Figure<Integer> respondents, OptionalInt headcount) {
        if (!(respondents instanceof Figure.Value<Integer> count)) {
            return Computation.notComputable(Computation.Reason.of(respondents));
        }
        if (headcount.isEmpty() || headcount.getAsInt() == 0) {
            return Computation.notComputable(Computation.Reason.UNDEFINED);
        }
        return Computation.computed(Math.min(1.0, (double) count.value() / headcount.getAsInt()));
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional(readOnly = true)
    public Comparison compare(UUID waveId, UUID nodeId, Measure measure, String dimensionCode) {
        ByGroup read = byGroup(waveId, nodeId, dimensionCode);
        int k = read.k();
        Dimension dimension = read.dimension();
        List<ItemInfo> items = measureItems(read.items(), measure);
        PublishedCell total = read.total();
        Map<String, PublishedCell> groups = read.groups();

        List<Figure<Breakdown>> figures = new ArrayList<>();
        List<Figure<Breakdown>> references = new ArrayList<>();
        List<Computation<ProportionComparison>> family = new ArrayList<>();
        for (Dimension.Category category : dimension.categories()) {
            PublishedCell cell = groups.get(category.code());
            Figure<Breakdown> group = breakdown(cell, items, k);
            Figure<Breakdown> others = othersBreakdown(total, cell, items, k);
            figures.add(group);
            references.add(others);
            family.add(gap(group, others));
        }
        List<Computation<JudgedComparison>> judged = SignificantDifferenceRule.judge(family,
                MultipleComparisonCorrection.HOLM);
        List<Comparison.Row> rows = new ArrayList<>();
        for (int i = 0; i < dimension.categories().size(); i++) {
            rows.add(new Comparison.Row(dimension.categories().get(i), figures.get(i), references.get(i), judged.get(i)));
        }
        return new Comparison(read.wave(), read.node(), measure, dimension,
                unitBreakdown(total, items, k, published.headcount(read.wave().id(), read.node().id())), rows);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional(readOnly = true)
    public Trends trends(UUID nodeId, Measure measure, String dimensionCode) {
        OrgNode node = visibleNode(nodeId);
        Dimension dimension = dimension(dimensionCode);
        List<MetadataQuery.WaveInfo> waves = metadata.releasedWaves();
        // Newest first: keep a wave only while the measure's items keep identical wording.
        Set<String> common = null;
        List<MetadataQuery.WaveInfo> included = new ArrayList<>();
        List<ReleasedWave> excluded = new ArrayList<>();
        Map<UUID, List<ItemInfo>> itemsOfWave = new HashMap<>();
        for (MetadataQuery.WaveInfo wave : waves.reversed()) {
            if (published.cells(wave.wave().id(), nodeId, List.of()).isEmpty()) {
                continue; // the unit was not in this wave's catalogue: not part of its trend
            }
            List<ItemInfo> items = measureItems(metadata.items(wave.questionnaireId()), measure);
            itemsOfWave.put(wave.wave().id(), items);
            Set<String> identities = new LinkedHashSet<>();
            items.forEach(i -> identities.add(i.code() + "#" + i.wordingVersion()));
            Set<String> next = new LinkedHashSet<>(common == null ? identities : common);
            next.retainAll(identities);
            if (next.isEmpty()) {
                excluded.add(wave.wave());
            } else {
                common = next;
                included.add(wave);
            }
        }
        Set<String> identical = common == null ? Set.of() : common;
        included = included.reversed();
        List<Trends.Series> series = new ArrayList<>();
        List<Dimension.Category> groups = new ArrayList<>();
        groups.add(null);
        groups.addAll(dimension.categories());
        Map<UUID, PublishedCell> totals = new HashMap<>();
        Map<UUID, OptionalInt> headcounts = new HashMap<>();
        Map<UUID, Map<String, PublishedCell>> cells = new HashMap<>();
        for (MetadataQuery.WaveInfo wave : included) {
            UUID id = wave.wave().id();
            totals.put(id, first(published.cells(id, nodeId, List.of())));
            headcounts.put(id, published.headcount(id, nodeId));
            cells.put(id, byCategory(published.cells(id, nodeId, List.of(dimension.code()))));
        }
        for (Dimension.Category group : groups) {
            List<Trends.Point> points = new ArrayList<>();
            Figure<Breakdown> earlier = null;
            for (MetadataQuery.WaveInfo wave : included) {
                UUID id = wave.wave().id();
                int k = wave.wave().minCellSize();
                List<ItemInfo> items = itemsOfWave.get(id).stream()
                        .filter(i -> identical.contains(i.code() + "#" + i.wordingVersion())).toList();
                PublishedCell cell = group == null ? totals.get(id) : cells.get(id).get(group.code());
                Figure<Breakdown> figure = group == null ? unitBreakdown(cell, items, k, headcounts.get(id))
                        : breakdown(cell, items, k);
                Computation<ProportionComparison> change = earlier == null
                        ? Computation.notComputable(Computation.Reason.UNDEFINED) : gap(figure, earlier);
                Computation<Double> mdc = earlier == null
                        ? Computation.notComputable(Computation.Reason.UNDEFINED) : minimumDetectableChange(earlier, figure);
                Computation<ProportionComparison> toOthers = group == null
                        ? Computation.notComputable(Computation.Reason.UNDEFINED)
                        : gap(figure, othersBreakdown(totals.get(id), cell, items, k));
                points.add(new Trends.Point(wave.wave(), figure, change, mdc, toOthers));
                earlier = figure;
            }
            series.add(new Trends.Series(group, points));
        }
        List<String> itemCodes = identical.stream().map(identity -> identity.substring(0, identity.indexOf('#'))).toList();
        return new Trends(node, measure, dimension, included.stream().map(MetadataQuery.WaveInfo::wave).toList(),
                excluded, itemCodes, series);
    }

    /** The change between two waves that could be detected; not computable at a baseline of 0% or 100%. */
    private static Computation<Double> minimumDetectableChange(Figure<Breakdown> earlier, Figure<Breakdown> later) {
        Computation<Computation<Double>> mdc = bothPublished(earlier, later, (before, after) ->
                MinimumDetectableChange.of(before.favourableShare(), before.favourableSample(), after.favourableSample()));
        return switch (mdc) {
            case Computation.Computed<Computation<Double>> c -> c.value();
            case Computation.NotComputable<Computation<Double>> n -> Computation.notComputable(n.reason());
        };
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional(readOnly = true)
    public Heatmap heatmap(UUID waveId, UUID nodeId, String dimensionCode) {
        ByGroup read = byGroup(waveId, nodeId, dimensionCode);
        int k = read.k();
        Dimension dimension = read.dimension();
        List<String> themes = new ArrayList<>();
        List<Figure<Breakdown>> figures = new ArrayList<>();
        List<Computation<ProportionComparison>> family = new ArrayList<>();
        for (String theme : THEMES) {
            List<ItemInfo> themeItems = measureItems(read.items(), Measure.theme(theme));
            if (themeItems.isEmpty()) {
                continue;
            }
            themes.add(theme);
            for (Dimension.Category category : dimension.categories()) {
                PublishedCell cell = read.groups().get(category.code());
                Figure<Breakdown> figure = breakdown(cell, themeItems, k);
                figures.add(figure);
                family.add(gap(figure, othersBreakdown(read.total(), cell, themeItems, k)));
            }
        }
        List<Computation<JudgedComparison>> judged = SignificantDifferenceRule.judge(family,
                MultipleComparisonCorrection.BENJAMINI_HOCHBERG);
        int width = dimension.categories().size();
        List<List<Heatmap.Cell>> cells = new ArrayList<>();
        for (int t = 0; t < themes.size(); t++) {
            List<Heatmap.Cell> row = new ArrayList<>();
            for (int g = 0; g < width; g++) {
                row.add(new Heatmap.Cell(figures.get(t * width + g), judged.get(t * width + g)));
            }
            cells.add(row);
        }
        return new Heatmap(read.wave(), read.node(), dimension, themes, cells);
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional(readOnly = true)
    public Experiences experiences(UUID waveId, UUID nodeId, String dimensionCode) {
        ByGroup read = byGroup(waveId, nodeId, dimensionCode);
        int k = read.k();
        Dimension dimension = read.dimension();
        PublishedCell total = read.total();
        List<ItemInfo> stages = new ArrayList<>();
        for (String role : FUNNEL) {
            read.items().stream().filter(i -> role.equals(i.funnelRole())).findFirst().ifPresent(stages::add);
        }
        List<Experiences.Row> rows = new ArrayList<>();
        rows.add(new Experiences.Row(null, stages.stream().map(i -> Figures.experience(total, i, k)).toList()));
        for (Dimension.Category category : dimension.categories()) {
            PublishedCell cell = read.groups().get(category.code());
            rows.add(new Experiences.Row(category, stages.stream().map(i -> Figures.experience(cell, i, k)).toList()));
        }
        return new Experiences(read.wave(), read.node(), dimension,
                stages.stream().map(i -> new Experiences.Stage(i.funnelRole(), i.code(), i.wording())).toList(), rows);
    }

    /** Released comments of a node for one question; search keeps those containing the text (any case). */
    @PreAuthorize("hasAnyRole('ADMIN', 'ANALYST')")
    @Transactional(readOnly = true)
    public List<String> comments(UUID waveId, UUID nodeId, String itemCode, String search) {
        visibleNode(nodeId);
        wave(waveId);
        String needle = search == null ? "" : search.strip().toLowerCase(Locale.ROOT);
        Predicate<String> matches = text -> needle.isEmpty() || text.toLowerCase(Locale.ROOT).contains(needle);
        return published.comments(waveId, nodeId, itemCode).stream().filter(matches).toList();
    }

    // --- helpers -------------------------------------------------------------------------------------------

    /** What a by-group view of one node and wave reads: the node's total cell and its cells by category. */
    private record ByGroup(OrgNode node, ReleasedWave wave, int k, Dimension dimension, List<ItemInfo> items,
                           PublishedCell total, Map<String, PublishedCell> groups) {
    }

    private ByGroup byGroup(UUID waveId, UUID nodeId, String dimensionCode) {
        OrgNode node = visibleNode(nodeId);
        MetadataQuery.WaveInfo wave = wave(waveId);
        Dimension dimension = dimension(dimensionCode);
        return new ByGroup(node, wave.wave(), wave.wave().minCellSize(), dimension,
                metadata.items(wave.questionnaireId()), first(published.cells(waveId, nodeId, List.of())),
                byCategory(published.cells(waveId, nodeId, List.of(dimension.code()))));
    }

    private MetadataQuery.WaveInfo wave(UUID waveId) {
        return metadata.releasedWaves().stream().filter(w -> w.wave().id().equals(waveId)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("No released wave " + waveId));
    }

    private OrgNode visibleNode(UUID nodeId) {
        return visibleNodes().stream().filter(n -> n.id().equals(nodeId)).findFirst()
                .orElseThrow(() -> new AccessDeniedException("This unit is outside your scope"));
    }

    private Dimension dimension(String code) {
        return metadata.dimensions().stream().filter(d -> d.code().equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown dimension " + code));
    }

    private static List<ItemInfo> measureItems(List<ItemInfo> items, Measure measure) {
        return items.stream().filter(ItemInfo::isAgreement)
                .filter(i -> measure.isTheme() ? i.theme().equals(measure.code()) : i.code().equals(measure.code()))
                .toList();
    }

    private static Measure measure(ItemInfo item) {
        return new Measure(Measure.Kind.ITEM, item.code(), item.wording());
    }

    private static Map<String, ItemInfo> byCode(List<ItemInfo> items) {
        Map<String, ItemInfo> byCode = new LinkedHashMap<>();
        items.forEach(i -> byCode.put(i.code(), i));
        return byCode;
    }

    private static PublishedCell first(List<PublishedCell> cells) {
        return cells.isEmpty() ? null : cells.getFirst();
    }

    private static Map<String, PublishedCell> byCategory(List<PublishedCell> cells) {
        Map<String, PublishedCell> byCategory = new HashMap<>();
        cells.forEach(c -> byCategory.put(c.categories().getFirst(), c));
        return byCategory;
    }

    private static Figure<Breakdown> breakdown(PublishedCell cell, List<ItemInfo> items, int k) {
        return Figures.breakdown(items, items.stream().map(i -> Figures.agreement(cell, i, k)).toList(), k);
    }

    /** A whole unit's breakdown, with the headcount stored with the release for the finite-population correction. */
    private static Figure<Breakdown> unitBreakdown(PublishedCell total, List<ItemInfo> items, int k,
                                                   OptionalInt headcount) {
        return breakdown(total, items, k).map(figures -> figures.withHeadcount(headcount));
    }

    /** All other respondents of the node than the group's: derivable only from published totals and group figures. */
    private static Figure<Breakdown> othersBreakdown(PublishedCell total, PublishedCell group, List<ItemInfo> items,
                                                     int k) {
        List<Figure<AgreementCounts>> others = items.stream()
                .map(i -> Figures.others(Figures.agreement(total, i, k), Figures.agreement(group, i, k))).toList();
        return Figures.breakdown(items, others, k);
    }

    /** {@code combine} of two published breakdowns, or the reason (the first's state first) why there is none. */
    private static <T> Computation<T> bothPublished(Figure<Breakdown> first, Figure<Breakdown> second,
                                                    java.util.function.BiFunction<Breakdown, Breakdown, T> combine) {
        if (!(first instanceof Figure.Value<Breakdown> a)) {
            return Computation.notComputable(Computation.Reason.of(first));
        }
        if (!(second instanceof Figure.Value<Breakdown> b)) {
            return Computation.notComputable(Computation.Reason.of(second));
        }
        return Computation.computed(combine.apply(a.value(), b.value()));
    }

    /** group − reference in % favourable. */
    private static Computation<ProportionComparison> gap(Figure<Breakdown> group, Figure<Breakdown> reference) {
        return bothPublished(group, reference, (g, r) -> ProportionComparison.of(g.favourableSample(), r.favourableSample()));
    }

    private static Computation<Double> scoreDifference(Figure<Breakdown> now, Figure<Breakdown> then) {
        return bothPublished(now, then, (a, b) -> a.score() - b.score());
    }
}

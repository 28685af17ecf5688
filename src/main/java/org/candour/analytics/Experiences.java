package org.candour.analytics;

import org.candour.analytics.statistics.Figure;

import java.util.List;

/**
 * Experiences of racism and discrimination as a funnel (experienced, witnessed, reported, confident it would be
 * acted on) for all respondents and each group of a dimension.
 */
public record Experiences(ReleasedWave wave, OrgNode node, Dimension dimension, List<Stage> stages, List<Row> rows) {

    /** role: EXPERIENCED, WITNESSED, REPORTED or CONFIDENT. */
    public record Stage(String role, String itemCode, String wording) {
    }

    /** group null: all respondents; one figure per stage. */
    public record Row(Dimension.Category group, List<Figure<Share>> stages) {
    }
}

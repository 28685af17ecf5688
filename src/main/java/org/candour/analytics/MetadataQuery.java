package org.candour.analytics;

import org.candour.analytics.statistics.Polarity;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.UUID;

import static org.candour.db.Tables.ITEM;
import static org.candour.db.Tables.ITEM_OPTION;
import static org.candour.db.Tables.ORG_UNIT;
import static org.candour.db.Tables.PROFILE_CATEGORY;
import static org.candour.db.Tables.PROFILE_DIMENSION;
import static org.candour.db.Tables.QUESTIONNAIRE_ITEM;
import static org.candour.db.Tables.QUESTIONNAIRE_SECTION;
import static org.candour.db.Tables.WAVE;
import static org.candour.db.published.Tables.WAVE_RELEASE;
import static org.jooq.impl.DSL.coalesce;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.select;

/** Questionnaire, org and wave metadata analytics needs beside the release: never anything about respondents. */
@Repository
class MetadataQuery {

    record WaveInfo(ReleasedWave wave, UUID questionnaireId) {
    }

    record Unit(UUID id, UUID parentId, String name) {
    }

    private final DSLContext dsl;

    MetadataQuery(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Released waves, oldest first. */
    List<WaveInfo> releasedWaves() {
        return dsl.select(WAVE.ID, WAVE.NAME, WAVE_RELEASE.RELEASED_ON, WAVE_RELEASE.MIN_CELL_SIZE,
                        WAVE_RELEASE.RESPONDENTS, WAVE.QUESTIONNAIRE_ID)
                .from(WAVE_RELEASE).join(WAVE).on(WAVE.ID.eq(WAVE_RELEASE.WAVE_ID))
                .orderBy(coalesce(WAVE.OPENS_ON, WAVE_RELEASE.RELEASED_ON), WAVE_RELEASE.RELEASED_ON, WAVE.NAME)
                .fetch(r -> new WaveInfo(new ReleasedWave(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()),
                        r.value6()));
    }

    /** The closed and text items of a questionnaire in the order respondents saw them. */
    List<ItemInfo> items(UUID questionnaireId) {
        var options = multiset(select(ITEM_OPTION.CODE).from(ITEM_OPTION)
                .where(ITEM_OPTION.ITEM_ID.eq(ITEM.ID)).orderBy(ITEM_OPTION.POSITION))
                .convertFrom(r -> r.map(o -> o.value1()));
        return dsl.select(ITEM.CODE, ITEM.WORDING_VERSION, ITEM.THEME, ITEM.KIND, ITEM.POLARITY, ITEM.FUNNEL_ROLE,
                        ITEM.WORDING, options)
                .from(QUESTIONNAIRE_ITEM)
                .join(QUESTIONNAIRE_SECTION).on(QUESTIONNAIRE_SECTION.ID.eq(QUESTIONNAIRE_ITEM.SECTION_ID))
                .join(ITEM).on(ITEM.ID.eq(QUESTIONNAIRE_ITEM.ITEM_ID))
                .where(QUESTIONNAIRE_SECTION.QUESTIONNAIRE_ID.eq(questionnaireId))
                .orderBy(QUESTIONNAIRE_SECTION.POSITION, QUESTIONNAIRE_ITEM.POSITION)
                .fetch(r -> new ItemInfo(r.value1(), r.value2(), r.value3(), r.value4(),
                        Polarity.valueOf(r.value5()), r.value6(), r.value7(), r.value8()));
    }

    /** Profile dimensions with their broad categories (the ones the release reports), then "not answered". */
    List<Dimension> dimensions() {
        var categories = multiset(select(PROFILE_CATEGORY.CODE, PROFILE_CATEGORY.LABEL).from(PROFILE_CATEGORY)
                .where(PROFILE_CATEGORY.DIMENSION_ID.eq(PROFILE_DIMENSION.ID),
                        PROFILE_CATEGORY.BROAD_CATEGORY_ID.isNull())
                .orderBy(PROFILE_CATEGORY.SORT_ORDER))
                .convertFrom(r -> r.map(c -> new Dimension.Category(c.value1(), c.value2())));
        return dsl.select(PROFILE_DIMENSION.CODE, PROFILE_DIMENSION.QUESTION, categories)
                .from(PROFILE_DIMENSION).orderBy(PROFILE_DIMENSION.SORT_ORDER)
                .fetch(r -> {
                    List<Dimension.Category> withNotAnswered = new java.util.ArrayList<>(r.value3());
                    withNotAnswered.add(new Dimension.Category(Dimension.NOT_ANSWERED, null));
                    return new Dimension(r.value1(), r.value2(), List.copyOf(withNotAnswered));
                });
    }

    List<Unit> units() {
        return dsl.select(ORG_UNIT.ID, ORG_UNIT.PARENT_ID, ORG_UNIT.NAME).from(ORG_UNIT)
                .orderBy(ORG_UNIT.SORT_ORDER, ORG_UNIT.CODE)
                .fetch(r -> new Unit(r.value1(), r.value2(), r.value3()));
    }
}

package org.candour.questionnaire;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static org.candour.db.Tables.ITEM;
import static org.candour.db.Tables.ITEM_OPTION;
import static org.candour.db.Tables.QUESTIONNAIRE;
import static org.candour.db.Tables.QUESTIONNAIRE_ITEM;
import static org.candour.db.Tables.QUESTIONNAIRE_SECTION;
import static org.candour.db.Tables.WAVE;
import static org.jooq.impl.DSL.max;

/** Item versions and questionnaire copies in the database. */
@Repository
class ItemBankRepository {

    private final DSLContext dsl;

    ItemBankRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    Optional<org.candour.db.tables.records.ItemRecord> latestVersion(String code) {
        return dsl.selectFrom(ITEM).where(ITEM.CODE.eq(code)).orderBy(ITEM.WORDING_VERSION.desc()).limit(1)
                .fetchOptional();
    }

    /** Inserts a new wording version of an item with the same theme, kind, polarity and options. */
    UUID insertVersion(org.candour.db.tables.records.ItemRecord previous, String wording) {
        int version = dsl.select(max(ITEM.WORDING_VERSION)).from(ITEM).where(ITEM.CODE.eq(previous.getCode()))
                .fetchSingle().value1() + 1;
        UUID id = dsl.insertInto(ITEM)
                .set(ITEM.CODE, previous.getCode())
                .set(ITEM.WORDING_VERSION, version)
                .set(ITEM.THEME, previous.getTheme())
                .set(ITEM.KIND, previous.getKind())
                .set(ITEM.POLARITY, previous.getPolarity())
                .set(ITEM.FUNNEL_ROLE, previous.getFunnelRole())
                .set(ITEM.WORDING, wording)
                .returning(ITEM.ID).fetchSingle(ITEM.ID);
        dsl.insertInto(ITEM_OPTION, ITEM_OPTION.ITEM_ID, ITEM_OPTION.POSITION, ITEM_OPTION.CODE, ITEM_OPTION.LABEL,
                        ITEM_OPTION.SCORE, ITEM_OPTION.EXCLUDED)
                .select(dsl.select(org.jooq.impl.DSL.val(id), ITEM_OPTION.POSITION, ITEM_OPTION.CODE, ITEM_OPTION.LABEL,
                        ITEM_OPTION.SCORE, ITEM_OPTION.EXCLUDED).from(ITEM_OPTION)
                        .where(ITEM_OPTION.ITEM_ID.eq(previous.getId())))
                .execute();
        return id;
    }

    /** Questionnaires not yet used by any wave beyond draft: the only ones whose items may change. */
    List<UUID> editableQuestionnairesUsing(UUID itemId) {
        return dsl.selectDistinct(QUESTIONNAIRE_SECTION.QUESTIONNAIRE_ID)
                .from(QUESTIONNAIRE_ITEM).join(QUESTIONNAIRE_SECTION)
                .on(QUESTIONNAIRE_SECTION.ID.eq(QUESTIONNAIRE_ITEM.SECTION_ID))
                .where(QUESTIONNAIRE_ITEM.ITEM_ID.eq(itemId))
                .and(QUESTIONNAIRE_SECTION.QUESTIONNAIRE_ID.notIn(
                        dsl.select(WAVE.QUESTIONNAIRE_ID).from(WAVE).where(WAVE.STATUS.ne("DRAFT"))))
                .fetch(QUESTIONNAIRE_SECTION.QUESTIONNAIRE_ID);
    }

    void replaceItem(UUID questionnaireId, UUID oldItem, UUID newItem) {
        dsl.update(QUESTIONNAIRE_ITEM).set(QUESTIONNAIRE_ITEM.ITEM_ID, newItem)
                .where(QUESTIONNAIRE_ITEM.ITEM_ID.eq(oldItem), QUESTIONNAIRE_ITEM.SECTION_ID.in(
                        dsl.select(QUESTIONNAIRE_SECTION.ID).from(QUESTIONNAIRE_SECTION)
                                .where(QUESTIONNAIRE_SECTION.QUESTIONNAIRE_ID.eq(questionnaireId))))
                .execute();
    }

    /** Copies a questionnaire with its sections and item references (not the default flag). */
    UUID copy(String fromCode, String newCode, String newName) {
        UUID from = dsl.select(QUESTIONNAIRE.ID).from(QUESTIONNAIRE).where(QUESTIONNAIRE.CODE.eq(fromCode))
                .fetchOptional(QUESTIONNAIRE.ID).orElseThrow(() -> new ItemBankException("items.error.unknown-questionnaire"));
        UUID copy = dsl.insertInto(QUESTIONNAIRE).set(QUESTIONNAIRE.CODE, newCode).set(QUESTIONNAIRE.NAME, newName)
                .returning(QUESTIONNAIRE.ID).fetchSingle(QUESTIONNAIRE.ID);
        for (Record section : dsl.selectFrom(QUESTIONNAIRE_SECTION)
                .where(QUESTIONNAIRE_SECTION.QUESTIONNAIRE_ID.eq(from)).fetch()) {
            UUID sectionCopy = dsl.insertInto(QUESTIONNAIRE_SECTION)
                    .set(QUESTIONNAIRE_SECTION.QUESTIONNAIRE_ID, copy)
                    .set(QUESTIONNAIRE_SECTION.POSITION, section.get(QUESTIONNAIRE_SECTION.POSITION))
                    .set(QUESTIONNAIRE_SECTION.TITLE, section.get(QUESTIONNAIRE_SECTION.TITLE))
                    .set(QUESTIONNAIRE_SECTION.INTRODUCTION, section.get(QUESTIONNAIRE_SECTION.INTRODUCTION))
                    .returning(QUESTIONNAIRE_SECTION.ID).fetchSingle(QUESTIONNAIRE_SECTION.ID);
            dsl.insertInto(QUESTIONNAIRE_ITEM, QUESTIONNAIRE_ITEM.SECTION_ID, QUESTIONNAIRE_ITEM.ITEM_ID,
                            QUESTIONNAIRE_ITEM.POSITION)
                    .select(dsl.select(org.jooq.impl.DSL.val(sectionCopy), QUESTIONNAIRE_ITEM.ITEM_ID,
                            QUESTIONNAIRE_ITEM.POSITION).from(QUESTIONNAIRE_ITEM)
                            .where(QUESTIONNAIRE_ITEM.SECTION_ID.eq(section.get(QUESTIONNAIRE_SECTION.ID))))
                    .execute();
        }
        return copy;
    }

    boolean codeTaken(String code) {
        return dsl.fetchExists(QUESTIONNAIRE, QUESTIONNAIRE.CODE.eq(code));
    }

    /** Locks the questionnaire row for a structural change (sections, items, order). */
    Optional<org.candour.db.tables.records.QuestionnaireRecord> lockQuestionnaire(String code) {
        return dsl.selectFrom(QUESTIONNAIRE).where(QUESTIONNAIRE.CODE.eq(code)).forUpdate().fetchOptional();
    }

    /** Whether a wave beyond draft asks (or asked) this questionnaire: then its structure is fixed. */
    boolean usedBeyondDraft(UUID questionnaireId) {
        return dsl.fetchExists(WAVE, WAVE.QUESTIONNAIRE_ID.eq(questionnaireId), WAVE.STATUS.ne("DRAFT"));
    }

    void bumpVersion(UUID questionnaireId) {
        dsl.update(QUESTIONNAIRE).set(QUESTIONNAIRE.VERSION, QUESTIONNAIRE.VERSION.plus(1))
                .where(QUESTIONNAIRE.ID.eq(questionnaireId)).execute();
    }

    Optional<UUID> sectionId(UUID questionnaireId, int position) {
        return dsl.select(QUESTIONNAIRE_SECTION.ID).from(QUESTIONNAIRE_SECTION)
                .where(QUESTIONNAIRE_SECTION.QUESTIONNAIRE_ID.eq(questionnaireId),
                        QUESTIONNAIRE_SECTION.POSITION.eq(position))
                .fetchOptional(QUESTIONNAIRE_SECTION.ID);
    }

    /** Section positions in order (they need not be consecutive). */
    List<Integer> sectionPositions(UUID questionnaireId) {
        return dsl.select(QUESTIONNAIRE_SECTION.POSITION).from(QUESTIONNAIRE_SECTION)
                .where(QUESTIONNAIRE_SECTION.QUESTIONNAIRE_ID.eq(questionnaireId))
                .orderBy(QUESTIONNAIRE_SECTION.POSITION).fetch(QUESTIONNAIRE_SECTION.POSITION);
    }

    void swapSections(UUID questionnaireId, int first, int second) {
        swapPositions(QUESTIONNAIRE_SECTION, QUESTIONNAIRE_SECTION.POSITION,
                QUESTIONNAIRE_SECTION.QUESTIONNAIRE_ID.eq(questionnaireId), first, second);
    }

    /** Item codes and positions of a section, in order. */
    List<java.util.Map.Entry<String, Integer>> itemPositions(UUID sectionId) {
        return dsl.select(ITEM.CODE, QUESTIONNAIRE_ITEM.POSITION).from(QUESTIONNAIRE_ITEM)
                .join(ITEM).on(ITEM.ID.eq(QUESTIONNAIRE_ITEM.ITEM_ID))
                .where(QUESTIONNAIRE_ITEM.SECTION_ID.eq(sectionId))
                .orderBy(QUESTIONNAIRE_ITEM.POSITION)
                .fetch(r -> java.util.Map.entry(r.value1(), r.value2()));
    }

    void swapItems(UUID sectionId, int first, int second) {
        swapPositions(QUESTIONNAIRE_ITEM, QUESTIONNAIRE_ITEM.POSITION, QUESTIONNAIRE_ITEM.SECTION_ID.eq(sectionId),
                first, second);
    }

    /** Swaps two rows' positions within a scope, through a free position (the pair is unique). */
    private void swapPositions(org.jooq.Table<?> table, org.jooq.Field<Integer> position, org.jooq.Condition scope,
                               int first, int second) {
        dsl.update(table).set(position, -1).where(scope, position.eq(first)).execute();
        dsl.update(table).set(position, first).where(scope, position.eq(second)).execute();
        dsl.update(table).set(position, second).where(scope, position.eq(-1)).execute();
    }

    boolean itemCodeTaken(String code) {
        return dsl.fetchExists(ITEM, ITEM.CODE.eq(code));
    }

    /** A new item (wording version 1) with the standard options of its kind. */
    UUID insertItem(NewItem item) {
        UUID id = dsl.insertInto(ITEM)
                .set(ITEM.CODE, item.code())
                .set(ITEM.THEME, item.theme())
                .set(ITEM.KIND, item.kind())
                .set(ITEM.POLARITY, item.polarity())
                .set(ITEM.WORDING, item.wording())
                .returning(ITEM.ID).fetchSingle(ITEM.ID);
        int position = 1;
        for (NewItem.Option option : NewItem.standardOptions(item.kind())) {
            dsl.insertInto(ITEM_OPTION)
                    .set(ITEM_OPTION.ITEM_ID, id)
                    .set(ITEM_OPTION.POSITION, position++)
                    .set(ITEM_OPTION.CODE, option.code())
                    .set(ITEM_OPTION.LABEL, option.label())
                    .set(ITEM_OPTION.SCORE, option.score())
                    .set(ITEM_OPTION.EXCLUDED, option.excluded())
                    .execute();
        }
        return id;
    }

    /** Adds an item at the end of a section. */
    void appendToSection(UUID sectionId, UUID itemId) {
        int last = dsl.select(org.jooq.impl.DSL.coalesce(max(QUESTIONNAIRE_ITEM.POSITION), 0)).from(QUESTIONNAIRE_ITEM)
                .where(QUESTIONNAIRE_ITEM.SECTION_ID.eq(sectionId)).fetchSingle().value1();
        dsl.insertInto(QUESTIONNAIRE_ITEM)
                .set(QUESTIONNAIRE_ITEM.SECTION_ID, sectionId)
                .set(QUESTIONNAIRE_ITEM.ITEM_ID, itemId)
                .set(QUESTIONNAIRE_ITEM.POSITION, last + 1)
                .execute();
    }
}

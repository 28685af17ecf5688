package org.candour.questionnaire;

import org.candour.admin.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The item bank. A wording change never edits an item: it adds a new wording version, because trends
 * across waves continue only for identical wording. Questionnaires already used by a wave beyond draft
 * keep the version they were asked with.
 */
@Service
public class ItemBankService {

    private final ItemBankRepository items;
    private final AuditTrail audit;

    ItemBankService(ItemBankRepository items, AuditTrail audit) {
        this.items = items;
        this.audit = audit;
    }

    /** Returns the new wording version (or the current one when the wording did not change). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public int reword(String itemCode, String newWording) {
        String wording = newWording == null ? "" : newWording.strip();
        if (wording.isEmpty() || wording.length() > 1000) {
            throw new ItemBankException("items.error.wording");
        }
        var current = items.latestVersion(itemCode).orElseThrow(() -> new ItemBankException("items.error.unknown-item"));
        if (current.getWording().equals(wording)) {
            return current.getWordingVersion();
        }
        UUID newId = items.insertVersion(current, wording);
        for (UUID questionnaire : items.editableQuestionnairesUsing(current.getId())) {
            items.replaceItem(questionnaire, current.getId(), newId);
        }
        int version = items.latestVersion(itemCode).orElseThrow().getWordingVersion();
        audit.record("items.reworded", itemCode, Map.of("version", String.valueOf(version)));
        return version;
    }

    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UUID copyQuestionnaire(String fromCode, String newCode, String newName) {
        if (newCode == null || !newCode.matches("[A-Z0-9_]{2,40}") || items.codeTaken(newCode)) {
            throw new ItemBankException("items.error.questionnaire-code");
        }
        if (newName == null || newName.isBlank() || newName.length() > 200) {
            throw new ItemBankException("items.error.questionnaire-name");
        }
        UUID copy = items.copy(fromCode, newCode, newName.strip());
        audit.record("questionnaire.copied", newCode, Map.of("from", fromCode));
        return copy;
    }

    private static final java.util.regex.Pattern ITEM_CODE = java.util.regex.Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

    /**
     * Adds a new item to the item bank and at the end of a section of a questionnaire that no wave beyond
     * draft uses. Comments (theme COMMENTS) are free text and free text is only for comments; closed kinds
     * get their standard answer options. Returns the new item's id.
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UUID addItem(String questionnaireCode, int expectedVersion, int sectionPosition, NewItem item) {
        UUID questionnaire = lockEditable(questionnaireCode, expectedVersion);
        String code = item.code() == null ? "" : item.code().strip().toUpperCase(java.util.Locale.ROOT);
        if (!ITEM_CODE.matcher(code).matches()) {
            throw new ItemBankException("items.error.item-code");
        }
        if (items.itemCodeTaken(code)) {
            throw new ItemBankException("items.error.item-code-taken");
        }
        if (!NewItem.THEMES.contains(item.theme())) {
            throw new ItemBankException("items.error.theme");
        }
        if (!NewItem.KINDS.contains(item.kind()) || "TEXT".equals(item.kind()) != "COMMENTS".equals(item.theme())) {
            throw new ItemBankException("items.error.kind");
        }
        String polarity = item.polarity() == null ? "POSITIVE" : item.polarity();
        if (!NewItem.POLARITIES.contains(polarity)) {
            throw new ItemBankException("items.error.polarity");
        }
        String wording = item.wording() == null ? "" : item.wording().strip();
        if (wording.isEmpty() || wording.length() > 1000) {
            throw new ItemBankException("items.error.wording");
        }
        UUID section = items.sectionId(questionnaire, sectionPosition)
                .orElseThrow(() -> new ItemBankException("items.error.unknown-section"));
        UUID id = items.insertItem(new NewItem(code, item.theme(), item.kind(), polarity, wording));
        items.appendToSection(section, id);
        items.bumpVersion(questionnaire);
        audit.record("items.added", code, Map.of("questionnaire", questionnaireCode, "theme", item.theme(),
                "kind", item.kind(), "section", String.valueOf(sectionPosition)));
        return id;
    }

    /** Moves a section one place up (delta -1) or down (+1), while no wave beyond draft uses the questionnaire. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void moveSection(String questionnaireCode, int expectedVersion, int sectionPosition, int delta) {
        UUID questionnaire = lockEditable(questionnaireCode, expectedVersion);
        List<Integer> positions = items.sectionPositions(questionnaire);
        int index = positions.indexOf(sectionPosition);
        int target = index + Integer.signum(delta);
        if (index < 0 || delta == 0 || target < 0 || target >= positions.size()) {
            throw new ItemBankException("items.error.cannot-move");
        }
        items.swapSections(questionnaire, sectionPosition, positions.get(target));
        items.bumpVersion(questionnaire);
        audit.record("questionnaire.section-moved", questionnaireCode, Map.of("from", String.valueOf(sectionPosition),
                "to", String.valueOf(positions.get(target))));
    }

    /** Moves an item one place up (-1) or down (+1) within its section, under the same rule as sections. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void moveItem(String questionnaireCode, int expectedVersion, int sectionPosition, String itemCode,
                         int delta) {
        UUID questionnaire = lockEditable(questionnaireCode, expectedVersion);
        UUID section = items.sectionId(questionnaire, sectionPosition)
                .orElseThrow(() -> new ItemBankException("items.error.unknown-section"));
        List<Map.Entry<String, Integer>> order = items.itemPositions(section);
        int index = java.util.stream.IntStream.range(0, order.size())
                .filter(i -> order.get(i).getKey().equals(itemCode)).findFirst().orElse(-1);
        int target = index + Integer.signum(delta);
        if (index < 0 || delta == 0 || target < 0 || target >= order.size()) {
            throw new ItemBankException("items.error.cannot-move");
        }
        items.swapItems(section, order.get(index).getValue(), order.get(target).getValue());
        items.bumpVersion(questionnaire);
        audit.record("questionnaire.item-moved", questionnaireCode, Map.of("item", itemCode,
                "section", String.valueOf(sectionPosition), "direction", delta < 0 ? "up" : "down"));
    }

    /**
     * The questionnaire, locked for a change of its structure: refused when a wave beyond draft uses it
     * (respondents must all see the same questionnaire, and trends need it unchanged) or when someone else
     * changed it since the editor showed expectedVersion.
     */
    private UUID lockEditable(String questionnaireCode, int expectedVersion) {
        var questionnaire = items.lockQuestionnaire(questionnaireCode)
                .orElseThrow(() -> new ItemBankException("items.error.unknown-questionnaire"));
        if (items.usedBeyondDraft(questionnaire.getId())) {
            throw new ItemBankException("items.error.questionnaire-in-use");
        }
        if (questionnaire.getVersion() != expectedVersion) {
            throw new ItemBankException("items.error.changed-elsewhere");
        }
        return questionnaire.getId();
    }
}

package org.candour.questionnaire;

import org.candour.admin.AuditTrail;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

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
}

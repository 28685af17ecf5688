package org.candour.analytics;

import org.candour.analytics.statistics.Polarity;

import java.util.List;

/**
 * A closed or text item as asked in one wave's questionnaire: identity for trends is code + wording version.
 * kind: AGREEMENT, FREQUENCY, YES_NO or TEXT; funnelRole: EXPERIENCED, WITNESSED, REPORTED, CONFIDENT or null.
 */
record ItemInfo(String code, int wordingVersion, String theme, String kind, Polarity polarity, String funnelRole,
                String wording, List<String> optionCodes) {

    boolean isAgreement() {
        return "AGREEMENT".equals(kind);
    }

    boolean sameWording(ItemInfo other) {
        return other != null && code.equals(other.code) && wordingVersion == other.wordingVersion;
    }
}

package org.candour.questionnaire;

import java.util.List;

/**
 * A new item for the item bank (questionnaire.md): a stable code for trends, a theme, a kind and its
 * polarity, and the wording. Closed kinds get the standard answer options of their kind.
 */
public record NewItem(String code, String theme, String kind, String polarity, String wording) {

    public static final List<String> THEMES = List.of("FAIRNESS", "CAREER", "RACISM", "REPORTING", "SPEAKING_UP",
            "LEADERSHIP", "INCLUSION", "RECOMMEND", "COMMENTS");
    /** AGREEMENT is a 5-point scale with "Don't know"; FREQUENCY and YES_NO are experience items; TEXT a comment. */
    public static final List<String> KINDS = List.of("AGREEMENT", "FREQUENCY", "YES_NO", "TEXT");
    public static final List<String> POLARITIES = List.of("POSITIVE", "NEGATIVE");

    /** One answer option: score 0..100 for agreement scales, excluded for "Don't know" and "Prefer not to say". */
    record Option(String code, String label, Integer score, boolean excluded) {
    }

    /** The standard options of each closed kind, the same as the default questionnaire's. */
    static List<Option> standardOptions(String kind) {
        return switch (kind) {
            case "AGREEMENT" -> List.of(new Option("SD", "Strongly disagree", 0, false),
                    new Option("D", "Disagree", 25, false), new Option("N", "Neither agree nor disagree", 50, false),
                    new Option("A", "Agree", 75, false), new Option("SA", "Strongly agree", 100, false),
                    new Option("DK", "Don't know", null, true));
            case "FREQUENCY" -> List.of(new Option("NEVER", "Never", null, false), new Option("ONCE", "Once", null, false),
                    new Option("FEW", "A few times", null, false), new Option("OFTEN", "Often", null, false));
            case "YES_NO" -> List.of(new Option("YES", "Yes", null, false), new Option("NO", "No", null, false),
                    new Option("PNS", "Prefer not to say", null, true));
            default -> List.of();
        };
    }
}

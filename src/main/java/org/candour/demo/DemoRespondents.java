package org.candour.demo;

import org.candour.disclosure.synthetic.SyntheticForce;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Invents fictional respondents with believable patterns for the demo (no real person behind any of them):
 * <ul>
 *   <li>a career gap for Black and Asian respondents that narrows from wave to wave, while their gap in fair
 *       treatment (discipline, complaints, postings) widens;</li>
 *   <li>experiences of racism and of discomfort over faith much more common for minority groups;</li>
 *   <li>some units with a better climate than others, a slow improvement in trust in leadership;</li>
 *   <li>item non-response, "Don't know", skipped profile questions, respondents who stop early, and a few
 *       comments.</li>
 * </ul>
 * Answers are drawn from a latent climate score per respondent and theme, cut into the answer scale.
 */
final class DemoRespondents {

    /** A respondent's answers as the survey screens would collect them. */
    record Answers(Map<String, String> answers, Map<String, String> profile, Map<String, String> comments) {
    }

    private static final String[] AGREEMENT = {"SD", "D", "N", "A", "SA"};
    /** Negatively worded items: agreeing means a worse climate. */
    private static final List<String> NEGATIVE = List.of("INCL_05", "FAIR_05", "FAIR_06", "CAREER_05", "RACISM_01",
            "REPORT_06", "SPEAK_03");

    private final DemoComments comments = new DemoComments();

    /**
     * One respondent of a unit in a wave. climate is the unit's lasting effect (about -0.6 to +0.6),
     * support is true for support-command units (mostly police staff).
     */
    Answers respondent(SplittableRandom random, List<String> itemCodes, int wave, double climate, boolean support) {
        String ethnicity = ethnicity(random);
        String broad = ethnicity == null ? "" : ethnicity.contains("_") ? ethnicity.substring(0, ethnicity.indexOf('_'))
                : ethnicity;
        String gender = pick(random, new String[] {"MAN", "WOMAN", "IN_ANOTHER_WAY", "PREFER_NOT_TO_SAY"},
                new double[] {support ? 0.40 : 0.64, support ? 0.56 : 0.33, 0.005, 0.025});
        String faith = faith(random, broad);
        String rank = support
                ? pick(random, RANKS, new double[] {0.06, 0.03, 0.02, 0.01, 0.82, 0.02, 0.01, 0.03})
                : pick(random, RANKS, new double[] {0.55, 0.14, 0.05, 0.01, 0.12, 0.08, 0.02, 0.03});
        String service = pick(random, new String[] {"LESS_THAN_2", "FROM_2_TO_5", "FROM_6_TO_10", "FROM_11_TO_20",
                "MORE_THAN_20", "PREFER_NOT_TO_SAY"}, new double[] {0.14, 0.24, 0.18, 0.24, 0.17, 0.03});

        Map<String, String> profile = new HashMap<>();
        putUnlessSkipped(random, profile, "ETHNICITY", ethnicity, 0.03);
        putUnlessSkipped(random, profile, "FAITH", faith, 0.05);
        putUnlessSkipped(random, profile, "GENDER", gender, 0.03);
        putUnlessSkipped(random, profile, "RANK", rank, 0.03);
        putUnlessSkipped(random, profile, "SERVICE", service, 0.04);

        boolean minority = broad.equals("BLACK") || broad.equals("ASIAN");
        boolean otherMinority = broad.equals("MIXED") || broad.equals("OTHER");
        double person = random.nextGaussian() * 0.55;
        double racismRisk = switch (broad) {
            case "BLACK" -> 0.40;
            case "ASIAN" -> 0.32;
            case "MIXED", "OTHER" -> 0.24;
            default -> 0.07;
        } * (1.0 - 0.35 * climate) * (wave == 1 ? 1.08 : 1.0);
        boolean experienced = random.nextDouble() < racismRisk;
        boolean witnessed = experienced || random.nextDouble() < (minority ? 0.35 : 0.20) - 0.1 * climate;
        boolean reported = (experienced || witnessed) && random.nextDouble() < (minority ? 0.28 : 0.38) + 0.04 * wave;
        // Respondents who stop part-way: everything after their last section is missing.
        double stopsAfter = random.nextDouble() < 0.06 ? random.nextDouble() : 1.0;

        Map<String, String> answers = new HashMap<>();
        for (int i = 0; i < itemCodes.size(); i++) {
            String item = itemCodes.get(i);
            if ((double) i / itemCodes.size() > stopsAfter || random.nextDouble() < 0.03) {
                continue;
            }
            String answer = switch (item) {
                case "RACISM_EXP_COLLEAGUE" -> frequency(random, experienced ? 1.0 : 0.0);
                case "RACISM_WIT_COLLEAGUE" -> frequency(random, witnessed ? 1.0 : 0.0);
                case "RACISM_EXP_MESSAGES" -> frequency(random, random.nextDouble() < 0.12 + (minority ? 0.08 : 0)
                        - 0.08 * climate ? 1.0 : 0.0);
                case "RACISM_EXP_FAITH" -> frequency(random, random.nextDouble() < faithRisk(faith) ? 1.0 : 0.0);
                case "RACISM_EXP_OTHER" -> frequency(random, random.nextDouble()
                        < ("WOMAN".equals(gender) ? 0.22 : 0.08) ? 1.0 : 0.0);
                case "CAREER_ENCOURAGED" -> yesNo(random, 0.46 - (minority ? 0.18 - 0.05 * wave : 0) + 0.1 * climate);
                case "REPORT_01" -> experienced || witnessed ? yesNo(random, reported ? 1.0 : 0.0) : null;
                case "REPORT_02" -> reported ? yesNo(random, 0.42 + 0.08 * wave + 0.1 * climate) : null;
                default -> item.startsWith("COMMENT_") ? null
                        : agreement(random, item, latent(item, broad, minority || otherMinority, gender, rank, wave,
                        climate, person, experienced));
            };
            if (answer != null) {
                answers.put(item, answer);
            }
        }
        Map<String, String> written = new HashMap<>();
        if (stopsAfter == 1.0 && random.nextDouble() < 0.11 + (experienced ? 0.12 : 0)) {
            written.put("COMMENT_01", comments.change(random, experienced));
        }
        if (stopsAfter == 1.0 && random.nextDouble() < 0.05) {
            written.put("COMMENT_02", comments.other(random));
        }
        return new Answers(answers, profile, written);
    }

    private static final String[] RANKS = {"CONSTABLE", "SERGEANT", "INSPECTOR_CHIEF_INSPECTOR",
            "SUPERINTENDENT_AND_ABOVE", "POLICE_STAFF", "PCSO", "SPECIAL_CONSTABLE", "PREFER_NOT_TO_SAY"};

    /**
     * The respondent's climate for one item: higher is better. The gaps for Black and Asian respondents are
     * the demo's story: in career items the gap narrows wave by wave, in fair-treatment items it widens.
     */
    private static double latent(String item, String broad, boolean minority, String gender, String rank, int wave,
                                 double climate, double person, boolean experienced) {
        String theme = item.substring(0, item.indexOf('_'));
        double base = switch (theme) {
            case "INCL" -> 0.75;
            case "FAIR" -> 0.25;
            case "CAREER" -> 0.15;
            case "RACISM" -> 0.2;
            case "REPORT" -> 0.2;
            case "SPEAK" -> 0.35;
            case "LEAD" -> item.equals("LEAD_01") ? 0.8 : -0.15 + 0.12 * wave;
            default -> 0.55;
        };
        boolean blackOrAsian = broad.equals("BLACK") || broad.equals("ASIAN");
        double gap = 0;
        if (blackOrAsian) {
            gap = switch (theme) {
                case "CAREER" -> -1.05 + 0.3 * Math.min(wave, 2);
                case "FAIR" -> -0.45 - 0.22 * Math.min(wave, 2);
                case "RACISM", "SPEAK", "REPORT" -> -0.7;
                case "INCL" -> -0.35;
                default -> -0.25;
            };
            gap *= broad.equals("BLACK") ? 1.15 : 1.0;
        } else if (minority) {
            gap = theme.equals("CAREER") || theme.equals("FAIR") || theme.equals("RACISM") ? -0.35 : -0.15;
        }
        double genderGap = "WOMAN".equals(gender) && (theme.equals("CAREER") || theme.equals("SPEAK")) ? -0.2 : 0;
        double seniority = "SUPERINTENDENT_AND_ABOVE".equals(rank) || "INSPECTOR_CHIEF_INSPECTOR".equals(rank) ? 0.35 : 0;
        return base + gap + genderGap + seniority + climate + person - (experienced ? 0.45 : 0);
    }

    private static String agreement(SplittableRandom random, String item, double latent) {
        if (random.nextDouble() < 0.04) {
            return "DK";
        }
        double value = latent + random.nextGaussian() * 0.85;
        if (NEGATIVE.contains(item)) {
            value = -value;
        }
        int index = value < -1.3 ? 0 : value < -0.45 ? 1 : value < 0.2 ? 2 : value < 1.25 ? 3 : 4;
        return AGREEMENT[index];
    }

    private static String frequency(SplittableRandom random, double happened) {
        if (happened < 0.5) {
            return "NEVER";
        }
        return pick(random, new String[] {"ONCE", "FEW", "OFTEN"}, new double[] {0.42, 0.42, 0.16});
    }

    private static String yesNo(SplittableRandom random, double yes) {
        if (random.nextDouble() < 0.03) {
            return "PNS";
        }
        return random.nextDouble() < yes ? "YES" : "NO";
    }

    private static double faithRisk(String faith) {
        return switch (faith) {
            case "MUSLIM" -> 0.34;
            case "SIKH" -> 0.26;
            case "JEWISH" -> 0.22;
            case "HINDU" -> 0.16;
            case "CHRISTIAN" -> 0.05;
            default -> 0.02;
        };
    }

    private static String ethnicity(SplittableRandom random) {
        return pick(random, new String[] {"WHITE_BRITISH", "WHITE_IRISH", "WHITE_OTHER", "ASIAN_INDIAN",
                "ASIAN_PAKISTANI", "ASIAN_BANGLADESHI", "ASIAN_CHINESE", "ASIAN_OTHER", "BLACK_CARIBBEAN",
                "BLACK_AFRICAN", "BLACK_OTHER", "MIXED_WHITE_BLACK_CARIBBEAN", "MIXED_WHITE_ASIAN", "MIXED_OTHER",
                "OTHER_ARAB", "OTHER_ANY", "ASIAN", "BLACK", "WHITE", "PREFER_NOT_TO_SAY"},
                new double[] {0.70, 0.02, 0.04, 0.025, 0.025, 0.008, 0.005, 0.007, 0.018, 0.015, 0.004, 0.012, 0.008,
                        0.006, 0.004, 0.004, 0.008, 0.006, 0.04, 0.035});
    }

    private static String faith(SplittableRandom random, String broad) {
        String[] faiths = {"NO_RELIGION", "CHRISTIAN", "MUSLIM", "HINDU", "SIKH", "JEWISH", "BUDDHIST", "OTHER",
                "PREFER_NOT_TO_SAY"};
        return switch (broad) {
            case "ASIAN" -> pick(random, faiths, new double[] {0.1, 0.06, 0.42, 0.18, 0.17, 0, 0.02, 0.01, 0.04});
            case "BLACK" -> pick(random, faiths, new double[] {0.17, 0.62, 0.15, 0, 0, 0, 0, 0.02, 0.04});
            case "MIXED", "OTHER" -> pick(random, faiths, new double[] {0.4, 0.35, 0.14, 0.02, 0.01, 0.01, 0.02, 0.01,
                    0.04});
            default -> pick(random, faiths, new double[] {0.52, 0.41, 0.005, 0.002, 0.002, 0.006, 0.005, 0.01, 0.04});
        };
    }

    private static void putUnlessSkipped(SplittableRandom random, Map<String, String> profile, String dimension,
                                         String answer, double skipped) {
        if (answer != null && random.nextDouble() >= skipped) {
            profile.put(dimension, answer);
        }
    }

    private static String pick(SplittableRandom random, String[] values, double[] weights) {
        return values[SyntheticForce.pick(weights, random)];
    }
}

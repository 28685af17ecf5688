package org.candour.disclosure;

import java.util.Arrays;

/**
 * One opened ballot: the org node it belongs to (any node, not only leaves), one category index per profile
 * dimension and one answer per item (an option index, or {@link #NOT_ANSWERED}).
 */
public record Respondent(int node, int[] categories, int[] answers) {

    public static final int NOT_ANSWERED = -1;

    public Respondent {
        categories = categories.clone();
        answers = answers.clone();
    }

    @Override
    public int[] categories() {
        return categories.clone();
    }

    @Override
    public int[] answers() {
        return answers.clone();
    }

    public int category(int dimension) {
        return categories[dimension];
    }

    public int answer(int item) {
        return answers[item];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Respondent r && node == r.node && Arrays.equals(categories, r.categories)
                && Arrays.equals(answers, r.answers);
    }

    @Override
    public int hashCode() {
        return (node * 31 + Arrays.hashCode(categories)) * 31 + Arrays.hashCode(answers);
    }

    @Override
    public String toString() {
        return "Respondent[node=" + node + ", categories=" + Arrays.toString(categories) + ", answers="
                + Arrays.toString(answers) + "]";
    }
}

package org.candour.disclosure;

/** How homogeneity (rule 3) is judged for an item. */
public enum ItemKind {
    /** Five-point agreement scale: homogeneity means (almost) all answers on the favourable or unfavourable side. */
    AGREEMENT_5,
    /** Any other closed question: homogeneity means (almost) all answers in one option. */
    NOMINAL
}

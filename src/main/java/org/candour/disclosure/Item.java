package org.candour.disclosure;

import java.util.Arrays;

/**
 * A survey item as the disclosure engine sees it: a number of answer options and, for agreement items, which
 * option indexes are favourable and unfavourable (polarity already applied by the questionnaire).
 */
public record Item(String code, ItemKind kind, int optionCount, int[] favourableOptions, int[] unfavourableOptions) {

    public Item {
        favourableOptions = favourableOptions.clone();
        unfavourableOptions = unfavourableOptions.clone();
        if (optionCount < 1) {
            throw new IllegalArgumentException("item " + code + " has no options");
        }
        for (int option : favourableOptions) {
            checkOption(code, optionCount, option);
        }
        for (int option : unfavourableOptions) {
            checkOption(code, optionCount, option);
        }
        if (kind == ItemKind.AGREEMENT_5 && (favourableOptions.length == 0 || unfavourableOptions.length == 0)) {
            throw new IllegalArgumentException("agreement item " + code + " needs both sides");
        }
    }

    /** Strongly disagree, disagree, neither, agree, strongly agree; agree is favourable. */
    public static Item agreement(String code) {
        return new Item(code, ItemKind.AGREEMENT_5, 5, new int[] {3, 4}, new int[] {0, 1});
    }

    /** Agreement item with reversed polarity (agreeing is unfavourable). */
    public static Item agreementReversed(String code) {
        return new Item(code, ItemKind.AGREEMENT_5, 5, new int[] {0, 1}, new int[] {3, 4});
    }

    public static Item nominal(String code, int optionCount) {
        return new Item(code, ItemKind.NOMINAL, optionCount, new int[0], new int[0]);
    }

    @Override
    public int[] favourableOptions() {
        return favourableOptions.clone();
    }

    @Override
    public int[] unfavourableOptions() {
        return unfavourableOptions.clone();
    }

    boolean isFavourable(int option) {
        return contains(favourableOptions, option);
    }

    boolean isUnfavourable(int option) {
        return contains(unfavourableOptions, option);
    }

    private static boolean contains(int[] options, int option) {
        for (int candidate : options) {
            if (candidate == option) {
                return true;
            }
        }
        return false;
    }

    private static void checkOption(String code, int optionCount, int option) {
        if (option < 0 || option >= optionCount) {
            throw new IllegalArgumentException("item " + code + ": option " + option + " out of range");
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Item item && code.equals(item.code) && kind == item.kind
                && optionCount == item.optionCount && Arrays.equals(favourableOptions, item.favourableOptions)
                && Arrays.equals(unfavourableOptions, item.unfavourableOptions);
    }

    @Override
    public int hashCode() {
        return code.hashCode() * 31 + optionCount;
    }

    @Override
    public String toString() {
        return "Item[" + code + ", " + kind + ", " + optionCount + " options]";
    }
}

package org.candour.disclosure.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.candour.disclosure.Catalogue;
import org.candour.disclosure.Dimension;
import org.candour.disclosure.Item;
import org.candour.disclosure.OrgTree;
import org.candour.disclosure.Population;
import org.candour.disclosure.Respondent;

/**
 * A generated police force for tests, the benchmark and the demo: an org tree, skewed profiles (about 85% White,
 * small Black, Asian, Mixed and Other groups, faith correlated with ethnicity), units of very different sizes,
 * respondents attached to inner nodes, item non-response, routed items and some homogeneous units. The same
 * config (seed included) always gives the same force.
 */
public record SyntheticForce(Population population, Catalogue catalogue, int ethnicityDimension) {

    /**
     * @param dimensions      1..6, taken in the order ethnicity, gender, rank, length of service, faith, disability
     * @param items           number of items; every tenth is nominal, the ninth of each ten is routed
     * @param innerShare      share of respondents attached to inner nodes
     * @param homogeneousShare share of units where everybody answers the first items favourably
     */
    public record Config(long seed, int nodes, int maxDepth, int maxFanOut, int respondents, int dimensions, int items,
            double nonResponse, double innerShare, double homogeneousShare) {

        /** About 250 nodes, 50,000 respondents, 6 dimensions, 40 items: the contract's benchmark size. */
        public static Config benchmark(long seed) {
            return new Config(seed, 250, 3, 11, 50_000, 6, 40, 0.03, 0.05, 0.05);
        }

        /** A small force with random shape, for property tests. */
        public static Config small(long seed) {
            SplittableRandom random = new SplittableRandom(seed);
            return new Config(seed, 2 + random.nextInt(10), 1 + random.nextInt(3), 2 + random.nextInt(3),
                    15 + random.nextInt(110), 2 + random.nextInt(2), 2 + random.nextInt(2),
                    random.nextDouble() * 0.2, random.nextDouble() * 0.3, random.nextDouble() * 0.3);
        }
    }

    private static final List<Dimension> ALL_DIMENSIONS = List.of(
            new Dimension("ethnicity", List.of("Asian", "Black", "Mixed", "White", "Other", "Prefer not to say",
                    "Not answered")),
            new Dimension("gender", List.of("Woman", "Man", "Other", "Prefer not to say", "Not answered")),
            new Dimension("rank", List.of("Constable", "Sergeant", "Inspector", "Chief inspector",
                    "Superintendent and above", "Police staff", "PCSO", "Special constable", "Prefer not to say",
                    "Not answered")),
            new Dimension("service", List.of("Under 2 years", "2-5 years", "5-10 years", "10-20 years",
                    "20 years or more", "Prefer not to say", "Not answered")),
            new Dimension("faith", List.of("Christian", "Muslim", "Hindu", "Sikh", "Jewish", "Buddhist",
                    "No religion", "Other", "Prefer not to say", "Not answered")),
            new Dimension("disability", List.of("Yes", "No", "Prefer not to say", "Not answered")));

    private static final double[] ETHNICITY = {0.06, 0.03, 0.025, 0.85, 0.015, 0.015, 0.005};
    private static final double[] GENDER = {0.33, 0.63, 0.01, 0.02, 0.01};
    private static final double[] RANK = {0.45, 0.12, 0.05, 0.02, 0.01, 0.25, 0.05, 0.03, 0.015, 0.005};
    private static final double[] SERVICE = {0.12, 0.18, 0.2, 0.27, 0.2, 0.02, 0.01};
    private static final double[] FAITH_ASIAN = {0.08, 0.45, 0.2, 0.15, 0.0, 0.02, 0.06, 0.02, 0.015, 0.005};
    private static final double[] FAITH_OTHER = {0.45, 0.02, 0.005, 0.005, 0.005, 0.005, 0.45, 0.03, 0.02, 0.005};
    private static final double[] DISABILITY = {0.06, 0.88, 0.05, 0.01};

    public static SyntheticForce generate(Config config) {
        SplittableRandom random = new SplittableRandom(config.seed());
        int[] parent = tree(config, random);
        OrgTree tree = new OrgTree(parent);
        List<Dimension> dimensions = ALL_DIMENSIONS.subList(0, config.dimensions());
        List<Item> items = items(config.items());
        double[] weight = unitWeights(tree, config, random);
        boolean[] homogeneous = new boolean[parent.length];
        for (int node = 0; node < parent.length; node++) {
            homogeneous[node] = random.nextDouble() < config.homogeneousShare();
        }
        double[] unitClimate = new double[parent.length];
        for (int node = 0; node < parent.length; node++) {
            unitClimate[node] = random.nextDouble() * 1.6 - 0.8;
        }
        List<Respondent> respondents = new ArrayList<>();
        for (int r = 0; r < config.respondents(); r++) {
            int node = pick(weight, random);
            int[] categories = profile(config.dimensions(), random);
            int[] answers = answers(items, categories, unitClimate[node], homogeneous[node], config, random);
            respondents.add(new Respondent(node, categories, answers));
        }
        Population population = new Population(tree, dimensions, items, respondents);
        int[] crossed = config.dimensions() >= 4 ? new int[] {2, 1, 3}
                : config.dimensions() >= 2 ? new int[] {1} : new int[0];
        return new SyntheticForce(population,
                Catalogue.defaultCatalogue(tree, config.dimensions(), 0, crossed), 0);
    }

    private static int[] tree(Config config, SplittableRandom random) {
        List<Integer> parents = new ArrayList<>(List.of(-1));
        List<Integer> depths = new ArrayList<>(List.of(0));
        for (int at = 0; at < parents.size() && parents.size() < config.nodes(); at++) {
            if (depths.get(at) >= config.maxDepth()) {
                continue;
            }
            int fanOut = 1 + random.nextInt(config.maxFanOut());
            for (int c = 0; c < fanOut && parents.size() < config.nodes(); c++) {
                parents.add(at);
                depths.add(depths.get(at) + 1);
            }
        }
        return parents.stream().mapToInt(Integer::intValue).toArray();
    }

    /** Leaves get most people, with very uneven sizes; inner nodes hold a small share (managers, HQ staff). */
    private static double[] unitWeights(OrgTree tree, Config config, SplittableRandom random) {
        int[][] children = tree.children();
        double[] weight = new double[tree.size()];
        double leaves = 0;
        double inner = 0;
        for (int node = 0; node < tree.size(); node++) {
            double size = Math.exp(random.nextGaussian() * 1.1);
            weight[node] = size;
            if (children[node].length == 0) {
                leaves += size;
            } else {
                inner += size;
            }
        }
        for (int node = 0; node < tree.size(); node++) {
            boolean leaf = children[node].length == 0;
            double share = leaf ? 1 - config.innerShare() : config.innerShare();
            double sum = leaf ? leaves : inner;
            weight[node] = sum == 0 ? 0 : weight[node] / sum * share;
        }
        return weight;
    }

    private static int[] profile(int dimensionCount, SplittableRandom random) {
        int ethnicity = pick(ETHNICITY, random);
        int[] all = {
            ethnicity,
            pick(GENDER, random),
            pick(RANK, random),
            pick(SERVICE, random),
            pick(ethnicity == 0 ? FAITH_ASIAN : FAITH_OTHER, random),
            pick(DISABILITY, random)
        };
        int[] categories = new int[dimensionCount];
        System.arraycopy(all, 0, categories, 0, dimensionCount);
        return categories;
    }

    private static List<Item> items(int count) {
        List<Item> items = new ArrayList<>();
        for (int j = 0; j < count; j++) {
            if (j % 10 == 9) {
                items.add(Item.nominal("EXP" + j, 4));
            } else if (j % 10 == 8) {
                items.add(Item.nominal("REP" + j, 3));
            } else if (j % 7 == 6) {
                items.add(Item.agreementReversed("AGR" + j));
            } else {
                items.add(Item.agreement("AGR" + j));
            }
        }
        return items;
    }

    private static int[] answers(List<Item> items, int[] categories, double unitClimate, boolean homogeneous,
            Config config, SplittableRandom random) {
        boolean minority = categories[0] <= 2 || categories[0] == 4;
        double climate = unitClimate + (minority ? -0.7 : 0.2) + random.nextGaussian() * 0.6;
        int[] answers = new int[items.size()];
        boolean experienced = false;
        for (int j = 0; j < items.size(); j++) {
            Item item = items.get(j);
            if (random.nextDouble() < config.nonResponse()) {
                answers[j] = Respondent.NOT_ANSWERED;
                continue;
            }
            if (item.code().startsWith("EXP")) {
                double p = minority ? 0.45 : 0.12;
                answers[j] = random.nextDouble() < p ? 1 + random.nextInt(3) : 0;
                experienced |= answers[j] > 0;
            } else if (item.code().startsWith("REP")) {
                // Routed: only asked of those who reported an experience earlier on.
                experienced |= random.nextDouble() < (minority ? 0.3 : 0.08);
                answers[j] = experienced ? random.nextInt(3) : Respondent.NOT_ANSWERED;
            } else if (homogeneous && j < 3) {
                answers[j] = item.favourableOptions()[random.nextInt(item.favourableOptions().length)];
            } else {
                double favourable = 1 / (1 + Math.exp(-climate));
                double u = random.nextDouble();
                int[] side = u < favourable * 0.85 ? item.favourableOptions()
                        : u < 0.85 ? item.unfavourableOptions() : new int[] {2};
                answers[j] = side[random.nextInt(side.length)];
            }
        }
        return answers;
    }

    /** A random index, each with the chance its weight gives it (weights need not add up to 1). */
    public static int pick(double[] weights, SplittableRandom random) {
        double total = 0;
        for (double w : weights) {
            total += w;
        }
        double u = random.nextDouble() * total;
        for (int i = 0; i < weights.length; i++) {
            u -= weights[i];
            if (u < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }
}

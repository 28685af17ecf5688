/**
 * Disclosure control for Candour releases (disclosure.md): a pure library whose inputs are counts.
 *
 * <h2>Model of what is published</h2>
 * A cell c (org node N plus categories of 0, 1 or 2 dimensions) stands for the set of respondents attached to N
 * or below with those categories; write 1_c for its indicator over respondents. For a published cell the release
 * gives n_c = &lt;1_c, 1&gt; and, per item j with K options, the counts &lt;1_c, x_{j,o}&gt; where x_{j,o}
 * indicates "answered option o". The non-answer count n_c - sum_o is therefore published too, so per item the
 * published vector of a cell is its full distribution over K options plus "not answered".
 * <ul>
 * <li>Counts level: an attacker obtains &lt;v, 1&gt; for every v in span{1_c : c published}.</li>
 * <li>Item j: an attacker obtains all option counts of v exactly when v is in span{1_c : c published and item j
 * published exactly in c}. Counts of cells where j is suppressed or banded do not help: if w (x) e_o is a
 * combination of item-j functionals and count functionals, comparing the components of two different options
 * shows that w itself lies in the item-j span.</li>
 * <li>The size of an obtainable set S is |S| at the counts level and its number of answerers of item j at the
 * item level (rule 2 generalised). Sets of size 1..k-1 must not be obtainable; banded cell-items must not be
 * obtainable whatever their size. Because span(item j) is inside span(counts), protecting a set at the counts
 * level protects it for every item.</li>
 * <li>Item figures say nothing about non-answerers, so at the item level a combination that equals 1_S on the
 * answerers already gives S's answers, whatever it is on non-answerers. The small-set search (and the verifier's
 * exhaustive check) therefore work on answerer columns only at the item level.</li>
 * <li>Respondents with the same node and categories ("atoms") are indistinguishable to every cell, so they are
 * one column; vectors in the span are constant on atoms.</li>
 * </ul>
 *
 * <h2>Engine</h2>
 * {@link org.candour.disclosure.DisclosureEngine}: counts first (rule 5: from n only), then every item on top of
 * the published cells (from answerer counts and, for rule 3, the answers). Per level: primary suppression, the
 * fast relation pass ({@code FastPass}: partners within each relation, and the "rectangle" rule for the remainders
 * of a node's direct members), the exact check of all protection targets ({@code TargetFinder}, {@code SpanCheck};
 * every suppressed cell is a target too, so a partner that could itself be worked out never counts as
 * protection), one more suppression per derivable target ({@code SuppressionChooser}, with a search for a cell
 * that provably breaks the derivation on the counts level, and a {@code Hypercube} of cells when no single cell
 * does), repeated until no target is derivable. A target
 * proven not derivable stays so as more cells are hidden, so each round re-checks only the unproven targets and
 * recomputes only the subtrees that changed. Then the guarantee itself: {@code SmallSetSearch} finds every
 * obtainable set of 1..k-1 from the reduced row echelon form of the published cells ({@code SparseEchelon},
 * exact), first table family by table family ({@code TableFamilies}: every node's total with its tables of one
 * dimension; each node's cross-tables with their margins; every pair of dimensions over the whole tree; cheapest
 * kind first, on every level; and on the counts level, whose suppressions every item inherits, every triple of
 * dimensions over the whole tree), then over the whole catalogue; one more cell is suppressed per set found, back to
 * the fast pass, until it finds none. Each search runs as four shallow ones ({@code PigeonholeSplit}): the small columns
 * are split into four disjoint groups with limits 3, 2, 1 and 0 (for k = 10; the limits plus one add up to k), a
 * set smaller than k weighs at most its limit in some group, so the four searches together miss nothing; and each
 * search may assume the earlier ones found nothing, which bounds the set's weight in every other group too.
 *
 * <h2>Known gap</h2>
 * The search over the whole catalogue is complete but not cheap: the reduced rows of wide cells are dense on large
 * forces and the search is exponential in k in the worst case. The split keeps it within budget on the benchmark's
 * 250-node tree up to about 1,000 respondents (without it, about 200). Above fixed bounds (a work budget per level;
 * the item levels search only when the counts level needed at most half of it) it stops, and the release then
 * says {@link org.candour.disclosure.ProtectedRelease#exhaustivelyChecked()} false. The search per table family
 * still completes there (respondents differing only outside a family are one column to it), so such a release is
 * proven safe against every set obtainable from the tables of any one dimension or any two dimensions together
 * (over the whole tree, with their cross-tables), or from any one node's cross-tables with their margins, and
 * against the engine's list of targets (small and suppressed cells, small relation remainders, nested differences
 * including those nested only by the data, differences of nested differences across the org tree, unions of hidden
 * cells within a relation, blocks of cross-tables ({@code BlockTargets}), banded items), each exactly, but not
 * against every combination of tables of three or more dimensions. The independent verifier, run on medium random
 * forces (4 to 6 dimensions, up to 200 respondents, k = 5; {@code TableFamilySearchTest}) with the
 * whole-catalogue search switched off, finds a small obtainable set in 21 of seeds 1..60 with the listed targets
 * alone and in none with the family search; over seeds 61..560 it still finds one in 2 of 500 (7 without the
 * triples on the counts, 30 when the pair families ran on the counts only, 68 before the node cross-table and pair
 * families): one on an item level needing three dimensions, one needing four or more. The search over the whole
 * catalogue, which completes at that size, removes the rest. On the engine benchmark's force at 50,000 respondents
 * the pair families on the item levels hide 64 more cell-items than without them (12,037 instead of 11,973); the
 * triples on the counts, and in an experiment also on every item level (17 of the 20 triples within bounds there),
 * found nothing more. A large release can therefore still hold an obtainable group smaller than k that needs three
 * or more dimensions at once, though none was found there; the release stores and shows which kind of proof it had.
 * How far a complete proof is was measured with the bounds lifted (a scratch copy of this engine, the engine
 * benchmark's force): the whole-catalogue search completed at 2,700 respondents on the counts and all 40 items
 * (0.3 to 5.8 billion steps per level, 109 s instead of 15 s); at 10,000 on the counts (3.5 billion) and on 39 items
 * (1.4 to 7.5 billion each, 22 minutes), while one item ran out of 200 billion steps; at 50,000 on the counts
 * (7.6 billion steps, about 50 s). It found nothing the families had not: each release was identical to the one
 * proven by families. The cost is in the item levels, each its own search (non-answerers are free columns there),
 * and it has a heavy tail, so a complete proof at 50,000 does not fit the release's minute.
 */
package org.candour.disclosure;

package org.candour.disclosure;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The named attacks of disclosure.md. In each, the real engine's release passes the independent verifier and a
 * primary-only release is rejected (proof that the verifier can fail).
 */
class AttackScenariosTest {

    private static final int K = 5;
    private static final int[] ROOT_ONLY = {-1};
    private static final List<Item> ONE_ITEM = List.of(Item.agreement("Q1"));

    private final DisclosureEngine engine = new DisclosureEngine();
    private final PrimaryOnlyEngine weakened = new PrimaryOnlyEngine();
    private final GuaranteeVerifier verifier = new GuaranteeVerifier();

    @Test
    void totalMinusAllButOneCategoryIsBlocked() {
        Population population = new Forces(ROOT_ONLY, List.of(Forces.ETHNICITY), ONE_ITEM)
                .add(12, 0, new int[] {0}, 3).add(8, 0, new int[] {0}, 1).add(2, 0, new int[] {1}, 0)
                .population();
        Catalogue catalogue = new Catalogue(List.of(Table.total(0), Table.of(0, 0)));
        assertEngineSafeAndWeakenedCaught(population, catalogue);
    }

    @Test
    void twoSuppressedCellsInARowSummingToFewerThanKAreBlocked() {
        Population population = new Forces(ROOT_ONLY, List.of(Forces.ETHNICITY), ONE_ITEM)
                .add(12, 0, new int[] {0}, 3).add(9, 0, new int[] {0}, 1).add(2, 0, new int[] {1}, 0)
                .add(1, 0, new int[] {2}, 4).population();
        Catalogue catalogue = new Catalogue(List.of(Table.total(0), Table.of(0, 0)));
        assertEngineSafeAndWeakenedCaught(population, catalogue);
    }

    @Test
    void orgNodeMinusItsChildrenIsBlocked() {
        // Two officers attached to the force node itself: force total minus the two units would isolate them.
        Population population = new Forces(new int[] {-1, 0, 0}, List.of(Forces.ETHNICITY), ONE_ITEM)
                .add(6, 1, new int[] {0}, 3).add(6, 1, new int[] {0}, 1).add(7, 2, new int[] {0}, 4)
                .add(5, 2, new int[] {0}, 0).add(2, 0, new int[] {1}, 0).population();
        Catalogue catalogue = new Catalogue(List.of(Table.total(0), Table.total(1), Table.total(2)));
        assertEngineSafeAndWeakenedCaught(population, catalogue);
    }

    @Test
    void crossTableMarginAgainstSingleDimensionTableIsBlocked() {
        Population population = new Forces(ROOT_ONLY, List.of(Forces.ETHNICITY, Forces.GENDER), ONE_ITEM)
                .add(10, 0, new int[] {0, 0}, 3).add(10, 0, new int[] {0, 1}, 1).add(2, 0, new int[] {1, 0}, 0)
                .add(8, 0, new int[] {1, 1}, 4).add(4, 0, new int[] {1, 1}, 1).population();
        Catalogue catalogue = new Catalogue(List.of(Table.total(0), Table.of(0, 0), Table.of(0, 1),
                Table.cross(0, 0, 1)));
        assertEngineSafeAndWeakenedCaught(population, catalogue);
    }

    @Test
    void nestedDifferenceOfFewerThanKIsBlocked() {
        // Every Muslim is Asian, and all but two Asians are Muslim: Asian minus Muslim isolates two officers.
        Population population = new Forces(ROOT_ONLY, List.of(Forces.ETHNICITY, Forces.FAITH), ONE_ITEM)
                .add(15, 0, new int[] {0, 0}, 3).add(6, 0, new int[] {0, 2}, 1).add(6, 0, new int[] {2, 1}, 4)
                .add(4, 0, new int[] {2, 1}, 2).add(2, 0, new int[] {2, 2}, 0).population();
        Catalogue catalogue = new Catalogue(List.of(Table.total(0), Table.of(0, 0), Table.of(0, 1)));
        assertEngineSafeAndWeakenedCaught(population, catalogue);
    }

    @Test
    void homogeneousGroupIsBandedAndNotDerivable() {
        // Unit 1 answers unanimously "strongly disagree"; the force figure minus unit 2 would give it exactly.
        Population population = new Forces(new int[] {-1, 0, 0}, List.of(Forces.ETHNICITY), ONE_ITEM)
                .add(8, 1, new int[] {1}, 0).add(8, 2, new int[] {0}, 3).add(6, 2, new int[] {0}, 1)
                .add(5, 2, new int[] {0}, 2).population();
        Catalogue catalogue = new Catalogue(List.of(Table.total(0), Table.total(1), Table.total(2)));
        ProtectedRelease release = assertEngineSafeAndWeakenedCaught(population, catalogue);
        assertThat(release.tables().get(1).cells().get(0).items().get(0).status()).isEqualTo(ItemStatus.BANDED);
    }

    @Test
    void itemAnsweredByFewerThanKInsideABigCellIsBlocked() {
        Population population = new Forces(new int[] {-1, 0, 0}, List.of(Forces.ETHNICITY), ONE_ITEM)
                .add(3, 1, new int[] {0}, 0).add(12, 1, new int[] {0}, Respondent.NOT_ANSWERED)
                .add(8, 2, new int[] {0}, 3).add(7, 2, new int[] {0}, 1).add(5, 2, new int[] {0}, 2)
                .population();
        Catalogue catalogue = new Catalogue(List.of(Table.total(0), Table.total(1), Table.total(2)));
        ProtectedRelease release = assertEngineSafeAndWeakenedCaught(population, catalogue);
        ProtectedRelease.CellRelease unit = release.tables().get(1).cells().get(0);
        assertThat(unit.status()).isEqualTo(CellStatus.PUBLISHED);
        assertThat(unit.items().get(0).status()).isEqualTo(ItemStatus.SUPPRESSED);
    }

    private ProtectedRelease assertEngineSafeAndWeakenedCaught(Population population, Catalogue catalogue) {
        ProtectedRelease release = engine.protect(population, catalogue, K);
        assertThat(verifier.verify(population, catalogue, release, K).violations()).isEmpty();
        VerificationReport weak = verifier.verify(population, catalogue, weakened.protect(population, catalogue, K), K);
        assertThat(weak.violations()).as("the verifier must catch the primary-only release").isNotEmpty();
        return release;
    }
}

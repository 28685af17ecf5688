/**
 * Disclosure control: the reporting catalogue, the suppression engine and its independent verifier.
 * A pure library whose inputs and outputs are counts: no Spring, no jOOQ, no Vaadin (an ArchUnit test
 * holds this line). The contract is {@code shared/design/disclosure.md}.
 */
package org.candour.disclosure;

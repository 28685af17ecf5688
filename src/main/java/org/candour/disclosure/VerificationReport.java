package org.candour.disclosure;

import java.util.List;

/** What {@link GuaranteeVerifier} found: an empty list means the release keeps the guarantee for every candidate. */
public record VerificationReport(List<String> violations) {

    public VerificationReport {
        violations = List.copyOf(violations);
    }

    public boolean passed() {
        return violations.isEmpty();
    }
}

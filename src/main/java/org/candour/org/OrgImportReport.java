package org.candour.org;

import java.util.List;

/** What an import would do, or why it cannot: nothing is written while there is any problem. */
public record OrgImportReport(int rows, int newUnits, int changedUnits, List<OrgImportProblem> problems) {

    public boolean isClean() {
        return problems.isEmpty();
    }
}

package org.candour.architecture;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Route;
import org.jooq.DSLContext;

/** Deliberately wrong classes (test sources only) that prove the architecture rules can fail. */
final class BrokenExamples {

    @Route("broken-unannotated")
    static class UnannotatedView extends Div {
    }

    static class JooqUsingView extends Div {
        JooqUsingView(DSLContext dsl) {
            dsl.selectOne().fetch();
        }
    }

    private BrokenExamples() {
    }
}

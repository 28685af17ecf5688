package org.candour.release;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What rule 8 asks redaction to remove before a comment is published, and what it must leave. */
class CommentRedactorTest {

    private final CommentRedactor redactor = new CommentRedactor(List.of("Northfield Response Team"),
            List.of("Smith", "John Smith", "Öztürk", "Li"));

    @Test
    void contactDetailsAndCollarNumbersAreRemoved() {
        assertThat(redactor.redact("Mail jo.bloggs@force.police.uk or ring 01632 960123, ask PC 4521 or DS4522"))
                .isEqualTo("Mail [removed] or ring [removed], ask [removed] or [removed]");
    }

    @Test
    void namesAreRemovedWhateverTheirCaseAccentsOrSpacing() {
        assertThat(redactor.redact("ÖZTÜRK and öztürk were ignored")).isEqualTo("[removed] and [removed] were ignored");
        String decomposed = Normalizer.normalize("Öztürk said so", Normalizer.Form.NFD);
        assertThat(redactor.redact(decomposed)).isEqualTo("[removed] said so");
        assertThat(redactor.redact("Ask LI, not Lisa")).isEqualTo("Ask [removed], not Lisa");
        assertThat(redactor.redact("the northfield  response\nteam")).doesNotContainIgnoringCase("northfield");
    }

    @Test
    void aFullNameGoesWholeBeforeAPartOfIt() {
        assertThat(redactor.redact("John Smith shouted")).isEqualTo("[removed] shouted");
        assertThat(redactor.redact("Smithfield is not a name here")).isEqualTo("Smithfield is not a name here");
    }
}

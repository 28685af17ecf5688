package org.candour.release;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RedactionNamesTest {

    @Test
    void namesComeFromTheListAndTheFileTrimmedWithoutBlanksOrRepeats(@TempDir Path folder) throws Exception {
        Path file = folder.resolve("names.txt");
        Files.writeString(file, "\uFEFFOla Nordmann\n\n  Zoë Ødegård  \nSam Quigley\n"); // with a byte-order mark

        RedactionNames names = new RedactionNames(List.of(" Sam Quigley", ""), file.toString());

        assertThat(names.names()).containsExactly("Sam Quigley", "Ola Nordmann", "Zoë Ødegård");
    }

    @Test
    void aFileThatCannotBeReadStopsTheStartWithItsPath(@TempDir Path folder) {
        String missing = folder.resolve("missing.txt").toString();
        assertThatThrownBy(() -> new RedactionNames(List.of(), missing)).isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining(missing);
        assertThat(new RedactionNames(List.of(), "").names()).isEmpty();
    }
}

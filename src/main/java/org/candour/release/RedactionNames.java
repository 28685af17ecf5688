package org.candour.release;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The configurable list of names that comment redaction removes (rule 8), besides the org unit names it always
 * removes: {@code candour.redaction.names} (comma-separated; CANDOUR_REDACTION_NAMES) and
 * {@code candour.redaction.names-file} (one name per line, UTF-8; CANDOUR_REDACTION_NAMES_FILE), read at start-up.
 * A file that cannot be read stops the start with its path, rather than releasing comments unredacted.
 */
@Component
class RedactionNames {

    private final List<String> names;

    RedactionNames(@Value("${candour.redaction.names:}") List<String> listed,
                   @Value("${candour.redaction.names-file:}") String file) {
        List<String> all = new ArrayList<>(listed);
        if (!file.isBlank()) {
            try {
                all.addAll(Files.readAllLines(Path.of(file), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException("candour.redaction.names-file cannot be read: " + file, e);
            }
        }
        // strip() keeps a byte-order mark (Windows editors write one): without this the first name never matched
        names = all.stream().map(name -> name.replace("\uFEFF", "").strip()).filter(name -> !name.isEmpty())
                .distinct().toList();
    }

    List<String> names() {
        return names;
    }
}

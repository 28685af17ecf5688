package org.candour.demo;

import org.candour.base.CandourProperties;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The demo's files under the data folder, every one named DEMO-…: the custodians' key shares (so that a
 * newcomer can hold a release ceremony) and the open wave's listed codes. A real installation has none.
 */
@Component
class DemoFiles {

    static final String CODES_FILE = "DEMO-open-wave-codes.txt";
    private static final String COMMENT = "#";

    private final Path folder;

    DemoFiles(CandourProperties properties) {
        this.folder = properties.dataDir().resolve("demo");
    }

    Path folder() {
        return folder;
    }

    /** A share exactly as the custodian collected it (uploadable on the release page as it is). */
    Path writeShare(String custodian, String waveSlug, String share) {
        return write("DEMO-share-" + custodian + "-" + waveSlug + ".txt", share + "\n");
    }

    void writeCodes(String waveName, List<String> codes) {
        StringBuilder text = new StringBuilder()
                .append(COMMENT).append(" DEMO ONLY - fictional access codes of the open demo wave \"").append(waveName)
                .append("\".\n")
                .append(COMMENT).append(" Type one at the survey's start page to answer as a respondent; each works once.\n");
        codes.forEach(code -> text.append(code).append('\n'));
        write(CODES_FILE, text.toString());
    }

    /** The listed codes, or none when the demo has not written them (yet). */
    List<String> readCodes() {
        Path file = folder.resolve(CODES_FILE);
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(String::strip)
                    .filter(line -> !line.isEmpty() && !line.startsWith(COMMENT)).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    void writeReadme() {
        write("DEMO-README.txt", """
                DEMO ONLY. These files were written by Candour's demo on the first start of the embedded database.
                They hold fictional data for trying Candour out, and would never exist in a real installation:

                  DEMO-open-wave-codes.txt            access codes of the open demo wave (each works once)
                  DEMO-share-<custodian>-<wave>.txt   the key share each demo custodian collected for a wave

                The shares of the open wave let you hold a release ceremony: sign in as admin and close the
                wave, then as custodian.force and custodian.association upload your share on the release page.
                Turn the demo off with CANDOUR_DEMO=false (see README, "Run").
                """);
    }

    private Path write(String name, String text) {
        try {
            Files.createDirectories(folder);
            Path file = folder.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

package org.candour.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Collects named figures, prints them as a table and writes them as JSON under target/. */
final class BenchmarkReport {

    private final String name;
    private final Map<String, Object> figures = new LinkedHashMap<>();

    BenchmarkReport(String name) {
        this.name = name;
    }

    BenchmarkReport put(String figure, Object value) {
        figures.put(figure, value);
        return this;
    }

    void publish() {
        StringBuilder table = new StringBuilder("\n== " + name + " ==\n");
        figures.forEach((figure, value) -> table.append(String.format(Locale.ROOT, "%-48s %s%n", figure, value)));
        System.out.println(table);
        String json = figures.entrySet().stream()
                .map(e -> "  \"" + e.getKey() + "\": " + (e.getValue() instanceof Number ? e.getValue() : "\"" + e.getValue() + "\""))
                .collect(Collectors.joining(",\n", "{\n", "\n}\n"));
        try {
            Path file = Path.of("target", "benchmark-" + name + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, json);
            System.out.println("written to " + file.toAbsolutePath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

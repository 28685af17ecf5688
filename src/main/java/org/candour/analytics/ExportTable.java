package org.candour.analytics;

import java.util.List;

/**
 * The table behind a view exactly as shown on screen (every figure already worded: "Fewer than 10 responses",
 * a band, "No responses"), with the view's title and its one-sentence summary. What CSV, XLSX and PDF exports
 * are made of, so an export can never show more or other than the screen.
 */
public record ExportTable(String title, String summary, List<String> headers, List<List<String>> rows) {

    public ExportTable {
        headers = List.copyOf(headers);
        rows = rows.stream().map(List::copyOf).toList();
    }
}

package org.candour.analytics;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV, XLSX and PDF of analytics tables, built in memory. Every cell is written as text exactly as on screen;
 * a cell starting with =, +, -, @, tab or carriage return gets a leading apostrophe so that no spreadsheet
 * runs it as a formula (a minus sign in a gap such as "-12" is shown as "'-12").
 */
public final class AnalyticsExports {

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final float MARGIN = 40;
    private static final float FONT_SIZE = 8;
    private static final float LEADING = FONT_SIZE * 1.3f;

    private AnalyticsExports() {
    }

    /** A cell made harmless for spreadsheets. */
    public static String neutralised(String value) {
        return !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
    }

    /** RFC 4180 CSV (CRLF, every cell quoted), UTF-8 with a byte-order mark so spreadsheets read the accents. */
    public static byte[] csv(ExportTable table) {
        StringBuilder csv = new StringBuilder("\uFEFF");
        appendCsvRow(csv, table.headers());
        table.rows().forEach(row -> appendCsvRow(csv, row));
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void appendCsvRow(StringBuilder csv, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            csv.append(i == 0 ? "" : ",").append('"').append(neutralised(cells.get(i)).replace("\"", "\"\"")).append('"');
        }
        csv.append("\r\n");
    }

    /** One sheet: the title, the summary, an empty row, then the header and the rows, every cell as text. */
    public static byte[] xlsx(ExportTable table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Candour");
            int next = 0;
            writeXlsxRow(sheet.createRow(next++), List.of(table.title()));
            writeXlsxRow(sheet.createRow(next++), List.of(table.summary()));
            next++;
            writeXlsxRow(sheet.createRow(next++), table.headers());
            for (List<String> row : table.rows()) {
                writeXlsxRow(sheet.createRow(next++), row);
            }
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeXlsxRow(Row row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            Cell cell = row.createCell(i);
            cell.setCellValue(neutralised(cells.get(i)));
        }
    }

    /** A report: a title page heading, then each table with its title and summary, on landscape A4 pages. */
    public static byte[] pdf(String title, List<String> introduction, List<ExportTable> sections) {
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            PdfWriter writer = new PdfWriter(document);
            writer.paragraph(title, writer.bold, 16);
            for (String line : introduction) {
                writer.paragraph(line, writer.regular, 10);
            }
            for (ExportTable section : sections) {
                writer.space(12);
                writer.paragraph(section.title(), writer.bold, 12);
                writer.paragraph(section.summary(), writer.regular, 9);
                writer.table(section.headers(), section.rows());
            }
            writer.close();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes top-down across pages: paragraphs and tables whose cells wrap within equal-width columns. */
    private static final class PdfWriter {
        private static final PDRectangle PAGE = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
        final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        private final PDDocument document;
        private PDPageContentStream content;
        private float y;

        PdfWriter(PDDocument document) throws IOException {
            this.document = document;
            newPage();
        }

        private void newPage() throws IOException {
            close();
            PDPage page = new PDPage(PAGE);
            document.addPage(page);
            content = new PDPageContentStream(document, page);
            y = PAGE.getHeight() - MARGIN;
        }

        void close() throws IOException {
            if (content != null) {
                content.close();
                content = null;
            }
        }

        void space(float points) {
            y -= points;
        }

        void paragraph(String text, PDType1Font font, float size) throws IOException {
            for (String line : wrap(text, font, size, PAGE.getWidth() - 2 * MARGIN)) {
                if (y - size * 1.3f < MARGIN) {
                    newPage();
                }
                show(line, font, size, MARGIN, y - size);
                y -= size * 1.3f;
            }
        }

        void table(List<String> headers, List<List<String>> rows) throws IOException {
            float width = (PAGE.getWidth() - 2 * MARGIN) / Math.max(1, headers.size());
            row(headers, bold, width);
            for (List<String> row : rows) {
                row(row, regular, width);
            }
        }

        private void row(List<String> cells, PDType1Font font, float width) throws IOException {
            List<List<String>> wrapped = new ArrayList<>();
            int lines = 1;
            for (String cell : cells) {
                List<String> cellLines = wrap(cell, font, FONT_SIZE, width - 4);
                wrapped.add(cellLines);
                lines = Math.max(lines, cellLines.size());
            }
            float height = lines * LEADING + 2;
            if (y - height < MARGIN) {
                newPage();
            }
            for (int column = 0; column < wrapped.size(); column++) {
                List<String> cellLines = wrapped.get(column);
                for (int line = 0; line < cellLines.size(); line++) {
                    show(cellLines.get(line), font, FONT_SIZE, MARGIN + column * width, y - FONT_SIZE - line * LEADING);
                }
            }
            y -= height;
            content.moveTo(MARGIN, y + 1);
            content.lineTo(PAGE.getWidth() - MARGIN, y + 1);
            content.setLineWidth(0.2f);
            content.stroke();
        }

        private void show(String text, PDType1Font font, float size, float x, float baseline) throws IOException {
            content.beginText();
            content.setFont(font, size);
            content.newLineAtOffset(x, baseline);
            content.showText(text);
            content.endText();
        }

        /** Words wrapped to a width; characters the standard fonts cannot show become "?". */
        private static List<String> wrap(String text, PDType1Font font, float size, float width) throws IOException {
            List<String> lines = new ArrayList<>();
            StringBuilder line = new StringBuilder();
            for (String word : printable(text, font).split(" ")) {
                String candidate = line.isEmpty() ? word : line + " " + word;
                if (!line.isEmpty() && font.getStringWidth(candidate) / 1000 * size > width) {
                    lines.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                } else {
                    line.setLength(0);
                    line.append(candidate);
                }
            }
            lines.add(line.toString());
            return lines;
        }

        private static String printable(String text, PDType1Font font) {
            StringBuilder printable = new StringBuilder(text.length());
            text.codePoints().forEach(c -> {
                String ch = Character.isWhitespace(c) ? " " : Character.toString(c);
                try {
                    font.encode(ch);
                    printable.append(ch);
                } catch (IOException | IllegalArgumentException e) {
                    printable.append(c == '\u2212' || c == '\u2013' ? "-" : "?");
                }
            });
            return printable.toString();
        }
    }
}

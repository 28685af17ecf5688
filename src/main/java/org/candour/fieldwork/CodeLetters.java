package org.candour.fieldwork;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * The one-time export of a code batch: a CSV for mail merge and printable letters (one A4 page per code)
 * with the survey address and the anonymity promise, zipped together. Built in memory, never on disk.
 */
final class CodeLetters {

    private static final float MARGIN = 60;

    private CodeLetters() {
    }

    static byte[] zip(String unitName, List<String> codes, String surveyAddress, CodeLetterText text) {
        try (ByteArrayOutputStream bytes = new ByteArrayOutputStream();
             ZipOutputStream zip = new ZipOutputStream(bytes)) {
            addUnit(zip, "", unitName, codes, surveyAddress, text);
            zip.finish();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds one unit's codes.csv and letters.pdf to a ZIP, under the given folder ("" for the top). */
    static void addUnit(ZipOutputStream zip, String folder, String unitName, List<String> codes, String surveyAddress,
                        CodeLetterText text) throws IOException {
        zip.putNextEntry(new ZipEntry(folder + "codes.csv"));
        zip.write(csv(unitName, codes, surveyAddress).getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry(folder + "letters.pdf"));
        zip.write(pdf(codes, surveyAddress, text));
        zip.closeEntry();
    }

    static String csv(String unitName, List<String> codes, String surveyAddress) {
        StringBuilder csv = new StringBuilder("code,unit,survey_address\r\n");
        for (String code : codes) {
            csv.append(code).append(',').append(csvCell(unitName)).append(',').append(csvCell(surveyAddress))
                    .append("\r\n");
        }
        return csv.toString();
    }

    /** Quotes a cell and neutralises spreadsheet formulas (a leading =, +, - or @ becomes text). */
    static String csvCell(String value) {
        String safe = value;
        if (!safe.isEmpty() && "=+-@\t\r".indexOf(safe.charAt(0)) >= 0) {
            safe = "'" + safe;
        }
        return '"' + safe.replace("\"", "\"\"") + '"';
    }

    static byte[] pdf(List<String> codes, String surveyAddress, CodeLetterText text) throws IOException {
        PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        PDType1Font mono = new PDType1Font(Standard14Fonts.FontName.COURIER_BOLD);
        try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String code : codes) {
                PDPage page = new PDPage(PDRectangle.A4);
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
                    float y = PDRectangle.A4.getHeight() - MARGIN;
                    y = write(content, bold, 20, text.title(), width, y);
                    y = write(content, regular, 11, text.introduction(), width, y - 8);
                    y = write(content, bold, 12, text.codeLabel(), width, y - 16);
                    y = write(content, mono, 22, code, width, y - 4);
                    y = write(content, bold, 12, text.addressLabel(), width, y - 16);
                    y = write(content, regular, 12, surveyAddress, width, y - 2);
                    for (String line : text.promise()) {
                        y = write(content, regular, 10, "- " + line, width, y - 6);
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        }
    }

    /** Writes wrapped text from the top margin down and returns the next baseline. */
    private static float write(PDPageContentStream content, PDType1Font font, float size, String text, float width,
                               float y) throws IOException {
        float leading = size * 1.35f;
        StringBuilder line = new StringBuilder();
        for (String word : winAnsi(text).split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !line.isEmpty()) {
                y = line(content, font, size, line.toString(), y) - (leading - size);
                line.setLength(0);
                line.append(word);
            } else {
                line.setLength(0);
                line.append(candidate);
            }
        }
        if (!line.isEmpty()) {
            y = line(content, font, size, line.toString(), y) - (leading - size);
        }
        return y;
    }

    private static float line(PDPageContentStream content, PDType1Font font, float size, String text, float y)
            throws IOException {
        float baseline = y - size;
        content.beginText();
        content.setFont(font, size);
        content.newLineAtOffset(MARGIN, baseline);
        content.showText(text);
        content.endText();
        return baseline;
    }

    /** The standard PDF fonts cover WinAnsi only: replace typographic characters they lack. */
    private static String winAnsi(String text) {
        return text.replace('\u2013', '-').replace('\u2014', '-').replace('\u2019', '\'')
                .replace('\u201C', '"').replace('\u201D', '"');
    }
}

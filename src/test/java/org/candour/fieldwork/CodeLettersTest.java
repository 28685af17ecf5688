package org.candour.fieldwork;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CodeLettersTest {

    private static final CodeLetterText TEXT = new CodeLetterText("Your invitation", "Please take part – it is anonymous.",
            "Your access code", "Go to", List.of("Nothing you answer is linked to your name."));

    @Test
    void everyCodeGetsItsOwnPrintableLetterWithTheAddressAndThePromise() throws IOException {
        List<String> codes = List.of("AAAA-BBBB-CCCC-DDDD-EEEE-F", "GGGG-HHHH-JJJJ-KKKK-MMMM-N");
        byte[] pdf = CodeLetters.pdf(codes, "https://survey.example/", TEXT);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            PDFTextStripper stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            String second = stripper.getText(document);
            assertThat(second).contains("GGGG-HHHH-JJJJ-KKKK-MMMM-N").contains("https://survey.example/")
                    .contains("Nothing you answer is linked to your name.").doesNotContain("AAAA-BBBB");
        }
    }

    @Test
    void theMailMergeCsvNeutralisesSpreadsheetFormulas() {
        String csv = CodeLetters.csv("=HYPERLINK(\"http://evil\")", List.of("AAAA-BBBB-CCCC-DDDD-EEEE-F"), "https://s/");
        assertThat(csv).startsWith("code,unit,survey_address\r\n")
                .contains("AAAA-BBBB-CCCC-DDDD-EEEE-F,\"'=HYPERLINK(\"\"http://evil\"\")\",\"https://s/\"");
    }
}

package org.candour.fieldwork;

import java.util.List;

/** The translated texts printed on every code letter. */
public record CodeLetterText(String title, String introduction, String codeLabel, String addressLabel,
                             List<String> promise) {
}

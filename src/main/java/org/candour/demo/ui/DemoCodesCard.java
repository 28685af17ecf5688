package org.candour.demo.ui;

import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import org.candour.demo.DemoCodes;

import java.util.Optional;

/**
 * For administrators of a demo installation: the open demo wave's codes, clearly marked DEMO, so that a
 * newcomer can answer the survey as a respondent. Absent where the demo wrote no codes.
 */
public final class DemoCodesCard extends Div {

    private DemoCodesCard(DemoCodes.Listing listing) {
        setId("demo-codes");
        addClassName("candour-card");
        add(new H3(getTranslation("demo.codes.heading")), new Paragraph(getTranslation("demo.codes.intro")));
        UnorderedList codes = new UnorderedList();
        listing.codes().forEach(code -> codes.add(new ListItem(new Code(code))));
        add(codes, new Paragraph(getTranslation("demo.codes.files", listing.folder())));
    }

    /** The card, if this installation has listed demo codes. */
    public static Optional<DemoCodesCard> of(DemoCodes demoCodes) {
        DemoCodes.Listing listing = demoCodes.listing();
        return listing.codes().isEmpty() ? Optional.empty() : Optional.of(new DemoCodesCard(listing));
    }
}

package dk.nextwork.matching.ui;

import java.util.Locale;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;

import dk.nextwork.matching.Offer;
import dk.nextwork.platform.i18n.Formats;

/** An offer as a card: title, company (its public page), industry, where, hours, start, weeks, seats, the work. */
final class OfferCard {

    private OfferCard() {
    }

    static Card of(Component context, Locale locale, Offer offer, String companyName) {
        String language = locale.getLanguage();
        Card card = new Card();
        card.addClassName("offer-card");
        card.setTitle(offer.terms().title().in(language));
        Anchor company = new Anchor(partnerPage(language, offer.company()), companyName);
        company.addClassName("offer-company");
        card.setSubtitle(company);
        Span facts = new Span(context.getTranslation("matching.offer.facts", offer.terms().industry().in(language),
                offer.terms().area(), offer.terms().hoursPerWeek(), Formats.date(offer.terms().start(), locale),
                offer.terms().weeks(), context.getTranslation(offer.terms().seats() == 1 ? "matching.offer.seat"
                        : "matching.offer.seats", offer.terms().seats())));
        facts.addClassName("offer-facts");
        card.add(facts, new Paragraph(offer.terms().work().in(language)));
        if (!offer.terms().firstDay().da().isEmpty()) {
            Paragraph firstDay = new Paragraph(context.getTranslation("matching.offer.firstDay",
                    offer.terms().firstDay().in(language)));
            firstDay.addClassName("offer-first-day");
            card.add(firstDay);
        }
        return card;
    }

    /** Controls side by side that wrap onto the next line on a phone instead of pushing the view wider. */
    static FlexLayout wrapping(Component... controls) {
        FlexLayout row = new FlexLayout(controls);
        row.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        row.addClassName("matching-controls");
        return row;
    }

    /** The company's page on the public site, in the reader's language. */
    static String partnerPage(String language, String company) {
        return ("en".equals(language) ? "/en" : "") + "/samarbejdspartnere/" + company;
    }
}

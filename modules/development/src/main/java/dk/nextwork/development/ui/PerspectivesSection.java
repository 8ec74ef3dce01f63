package dk.nextwork.development.ui;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import dk.nextwork.development.Perspectives;
import dk.nextwork.reporting.Likelihood;
import dk.nextwork.reporting.PeriodLabels;
import dk.nextwork.reporting.Rater;

/**
 * The monthly indicators as the company, the counsellor and the young person themselves saw them,
 * side by side: the newest month as a table, the earlier ones folded away. A view not given reads
 * as not given, never as a verdict. For counsellors and coordinators, the counsellors' belief in a
 * job or education a year from now follows as context.
 */
class PerspectivesSection extends Div {

    private final Perspectives perspectives;
    private final boolean ownPage;
    private final String firstName;
    private final Locale locale;
    private final String language;
    private final BiFunction<String, Object[], String> texts;

    /**
     * @param ownPage whether the young person reads their own page (then they are spoken to as "du")
     * @param name    the young person's name; the others read of them by their first name
     */
    PerspectivesSection(Perspectives perspectives, boolean ownPage, String name, Locale locale, String language,
                        BiFunction<String, Object[], String> texts) {
        this.perspectives = perspectives;
        this.ownPage = ownPage;
        this.firstName = dk.nextwork.identity.UserAccount.firstName(name);
        this.locale = locale;
        this.language = language;
        this.texts = texts;
        setId("development-perspectives");
        setWidthFull();
        add(new H2(text("development.perspectives.title")));
        add(new Paragraph(text(ownPage ? "development.perspectives.helpOwn" : "development.perspectives.help", firstName)));
        if (!perspectives.readable().containsAll(perspectives.raters())) {
            Paragraph only = new Paragraph(text("development.perspectives.onlyOwnCompany", firstName));
            only.addClassName("perspectives-only-company");
            add(only);
        }
        if (perspectives.months().isEmpty()) {
            add(new Paragraph(text("development.perspectives.none")));
        } else {
            add(month(perspectives.months().get(0)));
            if (perspectives.months().size() > 1) {
                Div earlier = new Div();
                perspectives.months().subList(1, perspectives.months().size()).forEach(month -> earlier.add(month(month)));
                Details folded = new Details(text("development.perspectives.earlier"), earlier);
                folded.addClassName("perspectives-earlier");
                add(folded);
            }
        }
        perspectives.likelihoods().ifPresent(this::likelihoods);
    }

    /** The raters shown: those whose views the viewer may read. */
    private List<Rater> shown() {
        return perspectives.raters().stream().filter(perspectives.readable()::contains).toList();
    }

    private Div month(Perspectives.Month month) {
        String label = PeriodLabels.period(month.period(), locale, texts);
        Div one = new Div();
        one.addClassName("perspectives-month");
        one.add(new H3(label));
        NativeTable table = new NativeTable();
        table.addClassName("perspectives-table");
        table.getStyle().set("border-collapse", "collapse").set("width", "100%");
        NativeTableRow head = table.getHead().addRow();
        head.addHeaderCell().setText(text("development.perspectives.indicator"));
        for (Rater rater : shown()) {
            head.addHeaderCell().setText(rater(rater));
        }
        head.getHeaderCells().forEach(cell -> cell.getStyle().set("text-align", "start")
                .set("padding-right", "var(--lumo-space-m)"));
        for (Perspectives.Row row : month.rows()) {
            NativeTableRow line = table.getBody().addRow();
            line.addClassName("perspectives-row");
            NativeTableHeaderCell name = line.addHeaderCell();
            name.setText(row.name().in(language));
            name.getElement().setAttribute("scope", "row");
            name.getStyle().set("text-align", "start").set("font-weight", "normal").set("padding-right", "var(--lumo-space-m)");
            for (Rater rater : shown()) {
                NativeTableCell cell = line.addDataCell();
                cell.setText(row.of(rater).map(rating -> text("development.perspectives.rating", rating, row.max()))
                        .orElseGet(() -> text(rater == Rater.YOUNG_PERSON ? "development.perspectives.notGiven"
                                : "development.perspectives.notRated")));
                cell.addClassName(row.of(rater).isPresent() ? "perspective-given" : "perspective-missing");
            }
        }
        table.getStyle().set("margin-bottom", "var(--lumo-space-s)");
        one.add(table);
        if (perspectives.readable().contains(Rater.YOUNG_PERSON) && !month.hasViewOf(Rater.YOUNG_PERSON)) {
            // no verdict: giving one's own view is optional, so its absence is only said
            Paragraph missing = new Paragraph(ownPage ? text("development.perspectives.ownMissingOwn", label)
                    : text("development.perspectives.ownMissing", firstName, label));
            missing.addClassName("perspectives-own-missing");
            one.add(missing);
        }
        return one;
    }

    private void likelihoods(List<Likelihood> answers) {
        Div context = new Div();
        context.setId("development-likelihood");
        context.add(new H3(text("development.perspectives.likelihood.title")));
        context.add(new Paragraph(text("development.perspectives.likelihood.help", firstName)));
        if (answers.isEmpty()) {
            context.add(new Paragraph(text("development.perspectives.likelihood.none")));
        } else {
            UnorderedList list = new UnorderedList();
            List<Likelihood> newestFirst = new ArrayList<>(answers);
            Collections.reverse(newestFirst);
            for (Likelihood answer : newestFirst) {
                list.add(new ListItem(text("development.perspectives.likelihood.answer",
                        PeriodLabels.period(answer.month(), locale, texts), answer.answer(),
                        text(Likelihood.stepKey(answer.answer())))));
            }
            context.add(list);
        }
        add(context);
    }

    private String rater(Rater rater) {
        if (rater == Rater.YOUNG_PERSON) {
            // the young person is named, never "den unge"
            return ownPage ? text("development.perspectives.you") : text("development.perspectives.themselves", firstName);
        }
        return text("reporting.rater." + rater.name().toLowerCase(Locale.ROOT));
    }

    private String text(String key, Object... values) {
        return texts.apply(key, values);
    }
}

package dk.nextwork.matching.ui;


import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import dk.nextwork.matching.Offer;
import dk.nextwork.matching.OfferTerms;
import dk.nextwork.matching.Offers;
import dk.nextwork.reporting.Bilingual;
import dk.nextwork.shell.FormDialog;

/** The dialog a representative opens or changes an offer in, Danish with English beside it; the service checks it. */
final class OfferForm {

    interface Save {
        void save(OfferTerms terms) throws dk.nextwork.matching.MatchingRefusedException;
    }

    private OfferForm() {
    }

    static FormDialog open(com.vaadin.flow.component.Component context, java.util.Locale locale, Offer shown, Save save) {
        TextField title = field(context, "matching.form.title", Offers.MAX_TITLE);
        TextField titleEn = field(context, "matching.form.titleEn", Offers.MAX_TITLE);
        TextArea work = area(context, "matching.form.work");
        TextArea workEn = area(context, "matching.form.workEn");
        TextField industry = field(context, "matching.form.industry", Offers.MAX_TITLE);
        TextField industryEn = field(context, "matching.form.industryEn", Offers.MAX_TITLE);
        TextField where = field(context, "matching.form.area", Offers.MAX_TITLE);
        IntegerField hours = new IntegerField(context.getTranslation("matching.form.hours"));
        hours.setMin(15);
        hours.setMax(45);
        hours.setStepButtonsVisible(true);
        DatePicker start = new DatePicker(context.getTranslation("matching.form.start"));
        start.setLocale(locale);
        IntegerField weeks = new IntegerField(context.getTranslation("matching.form.weeks"));
        weeks.setMin(Offers.MIN_WEEKS);
        weeks.setMax(Offers.MAX_WEEKS);
        weeks.setStepButtonsVisible(true);
        IntegerField seats = new IntegerField(context.getTranslation("matching.form.seats"));
        seats.setMin(1);
        seats.setStepButtonsVisible(true);
        TextArea firstDay = area(context, "matching.form.firstDay");
        TextArea firstDayEn = area(context, "matching.form.firstDayEn");
        if (shown != null) {
            OfferTerms terms = shown.terms();
            title.setValue(terms.title().da());
            titleEn.setValue(terms.title().en());
            work.setValue(terms.work().da());
            workEn.setValue(terms.work().en());
            industry.setValue(terms.industry().da());
            industryEn.setValue(terms.industry().en());
            where.setValue(terms.area());
            hours.setValue(terms.hoursPerWeek());
            start.setValue(terms.start());
            weeks.setValue(terms.weeks());
            seats.setValue(terms.seats());
            firstDay.setValue(terms.firstDay().da());
            firstDayEn.setValue(terms.firstDay().en());
        } else {
            hours.setValue(20);
            weeks.setValue(12);
            seats.setValue(1);
        }
        FormDialog dialog = new FormDialog(context.getTranslation(shown == null ? "matching.form.new" : "matching.form.change"),
                "offer-problem");
        dialog.setId("offer-form");
        dialog.fields(title, titleEn, work, workEn, industry, industryEn, where, hours, start, weeks, seats, firstDay, firstDayEn);
        dialog.save(context.getTranslation("matching.form.save"), context.getTranslation("matching.form.cancel"),
                () -> save.save(new OfferTerms(new Bilingual(title.getValue(), titleEn.getValue()),
                        new Bilingual(work.getValue(), workEn.getValue()), new Bilingual(industry.getValue(), industryEn.getValue()),
                        where.getValue(), value(hours), start.getValue(), value(weeks),
                        value(seats), new Bilingual(firstDay.getValue(), firstDayEn.getValue())))).setId("offer-save");
        return dialog;
    }

    private static int value(IntegerField field) {
        return field.getValue() == null ? 0 : field.getValue();
    }

    private static TextField field(com.vaadin.flow.component.Component context, String label, int max) {
        TextField field = new TextField(context.getTranslation(label));
        field.setMaxLength(max);
        field.setWidthFull();
        return field;
    }

    private static TextArea area(com.vaadin.flow.component.Component context, String label) {
        TextArea area = new TextArea(context.getTranslation(label));
        area.setMaxLength(Offers.MAX_TEXT);
        area.setWidthFull();
        return area;
    }
}

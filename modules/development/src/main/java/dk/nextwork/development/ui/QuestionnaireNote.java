package dk.nextwork.development.ui;

import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import dk.nextwork.development.DevelopmentPicture;
import dk.nextwork.platform.i18n.Languages;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.PeriodLabels;
import dk.nextwork.reporting.ReportForms;

/**
 * Where modstandskraft has no score for the current half-year: it comes from the young person's
 * own questionnaire, so the young person gets a link to answer it, and others read that it is
 * theirs to answer.
 */
final class QuestionnaireNote extends Div {

    private QuestionnaireNote() {
        addClassName("development-questionnaire");
    }

    static Optional<QuestionnaireNote> of(DevelopmentPicture picture, PictureVoice voice, Locale locale) {
        return picture.unansweredQuestionnaire().map(unanswered -> {
            QuestionnaireNote note = new QuestionnaireNote();
            String language = Languages.of(locale);
            String dimensions = unanswered.fills().stream().map(name -> name.in(language)).collect(Collectors.joining(", "));
            Paragraph why = new Paragraph(voice.text("development.questionnaire", dimensions,
                    PeriodLabels.period(unanswered.period(), locale, voice.texts())));
            note.add(why);
            if (voice.own()) {
                why.getStyle().set("margin-bottom", "0");
                Anchor answer = new Anchor(ReportForms.location(picture.youngPerson(), Instrument.QUESTIONNAIRE, unanswered.period()),
                        voice.texts().apply("development.questionnaire.answer", new Object[0]));
                answer.addClassName("development-questionnaire-link");
                note.add(new Paragraph(answer));
            }
            return note;
        });
    }
}

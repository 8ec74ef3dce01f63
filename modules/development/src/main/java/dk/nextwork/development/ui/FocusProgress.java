package dk.nextwork.development.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

import dk.nextwork.development.DevelopmentPicture;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.platform.i18n.Languages;

/**
 * The top of the picture: the area the young person chose to work on at the last conversation,
 * and how it has moved since ("Vedholdenhed steg fra 58 til 66." or that it has not been rated
 * since). Progress on what they chose comes first, before everything else.
 */
final class FocusProgress extends Div {

    private FocusProgress() {
        addClassName("development-focus-progress");
    }

    /** Empty when there was no conversation the viewer may read. */
    static java.util.Optional<FocusProgress> of(DevelopmentPicture picture, DevelopmentCharts charts, PictureVoice voice,
                                                Locale locale) {
        return picture.lastConversation().map(last -> {
            FocusProgress progress = new FocusProgress();
            Paragraph focus = new Paragraph(voice.text("development.focus", last.focusName().in(Languages.of(locale)),
                    Formats.date(last.day(), locale)));
            focus.addClassName("development-focus");
            focus.getStyle().set("font-weight", "600").set("margin-bottom", "0");
            progress.add(focus);
            picture.focusMovement().ifPresent(movement -> {
                Paragraph moved = new Paragraph(charts.inWords(movement, picture));
                moved.addClassName("development-focus-movement");
                moved.getStyle().set("margin-top", "0");
                progress.add(moved);
            });
            return progress;
        });
    }
}

package dk.nextwork.matching.ui;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import dk.nextwork.identity.Caller;
import dk.nextwork.matching.MatchProfile;
import dk.nextwork.matching.MatchProfiles;
import dk.nextwork.matching.MatchingRefusedException;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.shell.Messages;

/**
 * "Det ser virksomhederne": what the match card shows the companies on the list, and the young
 * person's two choices about it, their birth month (shown only as an age) and sharing their
 * development picture. A helper sees and changes it for them.
 */
final class MatchProfileSection extends Div {

    private static final Integer NOT_GIVEN = 0;

    private final MatchProfiles profiles;
    private final Caller caller;
    private final String person;
    private final Select<Integer> month = new Select<>();
    private final Select<Integer> year = new Select<>();
    private final Checkbox share = new Checkbox();
    private final Paragraph message = Messages.status("profile-message");

    MatchProfileSection(MatchProfiles profiles, Caller caller, String person, String helpedName, Locale locale) {
        this.profiles = profiles;
        this.caller = caller;
        this.person = person;
        addClassName("match-profile");
        boolean helping = helpedName != null;
        add(new H2(getTranslation("matching.profile.title")),
                new Paragraph(helping ? getTranslation("matching.profile.introHelping", helpedName)
                        : getTranslation("matching.profile.intro")));
        MatchProfile profile = profiles.of(caller, person);
        List<Integer> months = new ArrayList<>(List.of(NOT_GIVEN));
        Arrays.stream(Month.values()).map(Month::getValue).forEach(months::add);
        month.setLabel(getTranslation("matching.profile.month"));
        month.setItems(months);
        month.setItemLabelGenerator(value -> value.equals(NOT_GIVEN) ? getTranslation("matching.profile.notGiven")
                : Formats.monthName(Month.of(value), locale));
        List<Integer> years = new ArrayList<>(List.of(NOT_GIVEN));
        years.addAll(profiles.birthYears());
        year.setLabel(getTranslation("matching.profile.year"));
        year.setItems(years);
        // a year, never "2.006"
        year.setItemLabelGenerator(value -> value.equals(NOT_GIVEN) ? getTranslation("matching.profile.notGiven")
                : Formats.number(value, locale));
        month.setValue(profile.born().map(YearMonth::getMonthValue).orElse(NOT_GIVEN));
        year.setValue(profile.born().map(YearMonth::getYear).orElse(NOT_GIVEN));
        share.setLabel(getTranslation(helping ? "matching.profile.shareHelping" : "matching.profile.share"));
        share.setValue(profile.sharesDevelopment());
        share.setId("profile-share");
        Button save = new Button(getTranslation("matching.profile.save"), click -> save());
        save.setId("profile-save");
        add(OfferCard.wrapping(month, year), new Paragraph(getTranslation("matching.profile.ageNote")), share,
                new Paragraph(getTranslation("matching.profile.shareNote")), save, message);
    }

    private void save() {
        boolean monthGiven = !month.getValue().equals(NOT_GIVEN);
        boolean yearGiven = !year.getValue().equals(NOT_GIVEN);
        if (monthGiven != yearGiven) {
            message.setText(getTranslation("matching.profile.bothOrNone"));
            return;
        }
        Optional<YearMonth> born = monthGiven ? Optional.of(YearMonth.of(year.getValue(), month.getValue())) : Optional.empty();
        try {
            profiles.save(caller, person, born, share.getValue());
            message.setText(getTranslation("matching.profile.saved"));
        } catch (MatchingRefusedException refused) {
            message.setText(getTranslation(refused.reason(), refused.values()));
        }
    }
}

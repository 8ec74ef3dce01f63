package dk.nextwork.matching.ui;

import java.util.List;
import java.util.Optional;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.matching.MatchingRefusedException;
import dk.nextwork.matching.Proposal;
import dk.nextwork.matching.Proposals;
import dk.nextwork.matching.Round;
import dk.nextwork.matching.RoundCheck;
import dk.nextwork.matching.Rounds;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Company;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;

/**
 * {@code /app/matching/rounds}: the coordinators open a round, run it when the companies'
 * deadline has come, and read each run's check report and proposals, with the programme's reason
 * for any placement its rules refused.
 */
@Route(value = "matching/rounds", layout = MainLayout.class)
@CssImport("./nextwork-matching/matching.css")
@RolesAllowed(Role.COORDINATOR_ID)
@Dependent
public class RoundsView extends VerticalLayout implements HasDynamicTitle {

    private final Rounds rounds;
    private final Proposals proposals;
    private final Companies companies;
    private final Paragraph message = Messages.status("rounds-message");
    private final SignedInUser coordinator;

    @Inject
    public RoundsView(Rounds rounds, Proposals proposals, Companies companies) {
        this.rounds = rounds;
        this.proposals = proposals;
        this.companies = companies;
        coordinator = CurrentUser.get();
        addClassName("matching-rounds");
        show();
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("matching.rounds.title"));
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("matching.rounds.title")), message);
        Optional<Round> current = rounds.current();
        if (current.isPresent()) {
            add(current(current.get()));
        } else {
            add(openForm());
        }
        for (Round round : rounds.all()) {
            if (round.isRun()) {
                add(run(round));
            }
        }
    }

    private Div current(Round round) {
        Div section = new Div();
        section.addClassName("current-round");
        section.add(new H2(getTranslation("matching.rounds.current")));
        section.add(new Paragraph(getTranslation("matching.rounds.dates", date(round.listsDue()), date(round.rankingsDue()),
                date(round.plannedStart()), round.answerDays())));
        section.add(new Paragraph(getTranslation("matching.rounds.stage." + round.stage(rounds.today()).name())));
        Button run = new Button(getTranslation("matching.rounds.run"), click -> {
            try {
                rounds.run(coordinator, round.id());
                show();
                message.setText(getTranslation("matching.rounds.ran"));
            } catch (MatchingRefusedException refused) {
                message.setText(getTranslation(refused.reason(), refused.values()));
            }
        });
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setId("round-run");
        section.add(run, new com.vaadin.flow.component.html.H3(getTranslation("matching.rounds.change")), datesForm(round));
        return section;
    }

    private Div openForm() {
        Div section = new Div();
        section.addClassName("open-round");
        section.add(new H2(getTranslation("matching.rounds.open")), datesForm(null));
        return section;
    }

    /** The round's dates and days to answer: a new round's ({@code shown} null) or the open round's to move. */
    private Div datesForm(Round shown) {
        Div section = new Div();
        DatePicker lists = new DatePicker(getTranslation("matching.rounds.listsDue"));
        DatePicker rankings = new DatePicker(getTranslation("matching.rounds.rankingsDue"));
        DatePicker start = new DatePicker(getTranslation("matching.rounds.plannedStart"));
        for (DatePicker picker : List.of(lists, rankings, start)) {
            picker.setLocale(getLocale());
            picker.setMin(rounds.today());
        }
        lists.setId("round-lists-due");
        rankings.setId("round-rankings-due");
        start.setId("round-start");
        IntegerField answerDays = new IntegerField(getTranslation("matching.rounds.answerDays"));
        answerDays.setMin(1);
        answerDays.setMax(Rounds.MAX_ANSWER_DAYS);
        answerDays.setValue(shown == null ? 5 : shown.answerDays());
        answerDays.setStepButtonsVisible(true);
        if (shown != null) {
            lists.setValue(shown.listsDue());
            rankings.setValue(shown.rankingsDue());
            start.setValue(shown.plannedStart());
        }
        Button open = new Button(getTranslation(shown == null ? "matching.rounds.openButton" : "matching.rounds.changeButton"),
                click -> {
                    try {
                        int days = answerDays.getValue() == null ? 0 : answerDays.getValue();
                        if (shown == null) {
                            rounds.open(coordinator, lists.getValue(), rankings.getValue(), start.getValue(), days);
                        } else {
                            rounds.change(coordinator, shown.id(), lists.getValue(), rankings.getValue(), start.getValue(), days);
                        }
                        show();
                        message.setText(getTranslation(shown == null ? "matching.rounds.opened" : "matching.rounds.changed"));
                    } catch (MatchingRefusedException refused) {
                        message.setText(getTranslation(refused.reason(), refused.values()));
                    }
                });
        open.addThemeVariants(shown == null ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        open.setId(shown == null ? "round-open" : "round-change");
        FlexLayout fields = new FlexLayout(lists, rankings, start, answerDays);
        fields.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        fields.addClassName("round-fields");
        section.add(fields, open);
        return section;
    }

    private Div run(Round round) {
        Div section = new Div();
        section.addClassName("run-round");
        section.add(new H2(getTranslation("matching.rounds.runTitle", date(round.plannedStart()),
                Formats.date(round.ran().orElseThrow(), getLocale()))));
        RoundCheck check;
        try {
            check = rounds.check(coordinator, round.id());
        } catch (MatchingRefusedException refused) {
            section.add(new Paragraph(getTranslation(refused.reason(), refused.values())));
            return section;
        }
        UnorderedList report = new UnorderedList();
        report.addClassName("round-check");
        report.add(new ListItem(getTranslation("matching.check.takingPart", check.takingPart(), check.offers())));
        report.add(new ListItem(getTranslation(check.blockingPairs() == 0 ? "matching.check.stable" : "matching.check.unstable",
                check.blockingPairs())));
        report.add(new ListItem(getTranslation(check.seatsRespected() ? "matching.check.seats" : "matching.check.seatsBroken")));
        report.add(new ListItem(getTranslation(check.onlyMutuallyAcceptable() ? "matching.check.acceptable"
                : "matching.check.notAcceptable")));
        for (int choice = 0; choice < check.placedAtChoice().size(); choice++) {
            if (check.placedAtChoice().get(choice) > 0) {
                report.add(new ListItem(getTranslation("matching.check.atChoice", check.placedAtChoice().get(choice), choice + 1)));
            }
        }
        report.add(new ListItem(getTranslation("matching.check.unplaced", check.unplaced())));
        section.add(report);
        Paragraph repeated = new Paragraph();
        Button repeat = new Button(getTranslation("matching.rounds.repeat"), click -> {
            try {
                repeated.setText(getTranslation(rounds.repeatsExactly(coordinator, round.id()) ? "matching.rounds.repeated"
                        : "matching.rounds.notRepeated"));
            } catch (MatchingRefusedException refused) {
                repeated.setText(getTranslation(refused.reason(), refused.values()));
            }
        });
        repeat.addClassName("round-repeat");
        section.add(new FlexLayout(repeat), repeated);
        UnorderedList proposed = new UnorderedList();
        proposed.addClassName("round-proposals");
        String language = getLocale().getLanguage();
        for (Proposal proposal : proposals.ofRound(coordinator, round.id())) {
            String company = companies.find(proposal.offer().company()).map(Company::name).orElse("");
            String state = getTranslation("matching.state." + proposal.state().name());
            ListItem item = new ListItem(getTranslation("matching.rounds.proposal", proposals.nameOf(proposal),
                    proposal.offer().terms().title().in(language), company, proposal.choice(), state));
            proposal.refusal().ifPresent(reason -> item.add(new Paragraph(getTranslation("matching.rounds.refusal",
                    getTranslation(reason, proposal.refusalValues().toArray())))));
            proposed.add(item);
        }
        section.add(new H2(getTranslation("matching.rounds.proposals")), proposed);
        return section;
    }

    private String date(java.time.LocalDate day) {
        return Formats.date(day, getLocale());
    }
}

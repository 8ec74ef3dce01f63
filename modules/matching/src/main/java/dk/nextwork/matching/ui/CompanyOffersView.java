package dk.nextwork.matching.ui;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.development.DevelopmentRoutes;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.matching.CandidateRanking;
import dk.nextwork.matching.CompanySay;
import dk.nextwork.matching.MatchCard;
import dk.nextwork.matching.MatchingRefusedException;
import dk.nextwork.matching.Offer;
import dk.nextwork.matching.OfferResult;
import dk.nextwork.matching.Offers;
import dk.nextwork.matching.Proposal;
import dk.nextwork.matching.ProposalState;
import dk.nextwork.matching.Proposals;
import dk.nextwork.matching.Rounds;
import dk.nextwork.matching.TrialDay;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Company;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.PersonParameter;

/**
 * {@code /app/company-offers}: a company's say in the matching. Its offers (open, change, close),
 * per open offer the candidates who chose it as match cards with trial days and the company's
 * ranking, the proposals to answer, and how its offers fared in the latest round. Coordinators
 * open it for a company ({@code ?company=}).
 */
@Route(value = "company-offers", layout = MainLayout.class)
@CssImport("./nextwork-matching/matching.css")
@RolesAllowed({Role.COMPANY_REP_ID, Role.COORDINATOR_ID})
@Dependent
public class CompanyOffersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Offers offers;
    private final CompanySay say;
    private final Proposals proposals;
    private final Rounds rounds;
    private final Companies companies;
    private final Paragraph message = Messages.status("company-offers-message");
    private Caller caller;
    private Company company;

    @Inject
    public CompanyOffersView(Offers offers, CompanySay say, Proposals proposals, Rounds rounds, Companies companies) {
        this.offers = offers;
        this.say = say;
        this.proposals = proposals;
        this.rounds = rounds;
        this.companies = companies;
        addClassName("company-offers");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("matching.company.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caller = CurrentUser.caller();
        List<String> asked = event.getLocation().getQueryParameters().getParameters().getOrDefault("company", List.of());
        Optional<String> id = caller.user().has(Role.COMPANY_REP) ? caller.user().companyId()
                : asked.stream().findFirst();
        company = id.flatMap(companies::find).orElse(null);
        show();
    }

    private void show() {
        removeAll();
        add(new H1(getTranslation("matching.company.title")));
        if (caller.user().has(Role.COORDINATOR)) {
            add(companyChoice());
        }
        if (company == null) {
            add(new Paragraph(getTranslation("matching.company.none")));
            return;
        }
        add(new Paragraph(getTranslation("matching.company.intro", company.name())), message);
        proposalsToAnswer();
        List<Offer> own = offers.ofCompany(caller.user(), company.id());
        Button open = new Button(getTranslation("matching.company.newOffer"),
                click -> OfferForm.open(this, getLocale(), null, terms -> {
                    offers.open(caller.user(), company.id(), terms);
                    show();
                }).open());
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("offer-new");
        add(new H2(getTranslation("matching.company.offers")), open);
        if (own.isEmpty()) {
            add(new Paragraph(getTranslation("matching.company.noOffers")));
        }
        boolean roundOpen = rounds.current().isPresent();
        for (Offer offer : own) {
            add(offerSection(offer, roundOpen));
        }
        results();
    }

    /** Coordinators act for a company: the one chosen here. */
    private Select<Company> companyChoice() {
        Select<Company> choice = new Select<>();
        choice.setLabel(getTranslation("matching.company.choose"));
        choice.setItems(companies.all());
        choice.setItemLabelGenerator(Company::name);
        if (company != null) {
            choice.setValue(company);
        }
        choice.addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(CompanyOffersView.class,
                        com.vaadin.flow.router.QueryParameters.simple(java.util.Map.of("company", change.getValue().id()))));
            }
        });
        choice.setId("company-choice");
        return choice;
    }

    private Div offerSection(Offer offer, boolean roundOpen) {
        Div section = new Div();
        section.addClassName("company-offer");
        Card card = OfferCard.of(this, getLocale(), offer, company.name());
        if (offer.open()) {
            card.addToFooter(new Button(getTranslation("matching.company.change"), click -> OfferForm.open(this, getLocale(), offer, terms -> {
                offers.change(caller.user(), offer.id(), terms);
                show();
            }).open()), new Button(getTranslation("matching.company.close"), click -> {
                try {
                    offers.close(caller.user(), offer.id());
                    show();
                } catch (MatchingRefusedException refused) {
                    message.setText(getTranslation(refused.reason(), refused.values()));
                }
            }));
        } else {
            card.addClassName("closed");
            card.add(new Span(getTranslation("matching.company.closed")));
        }
        section.add(card);
        if (offer.open() && roundOpen) {
            section.add(candidates(offer));
        }
        return section;
    }

    /** The candidates as match cards, in the company's order so far, each to rank, take or say "ikke denne gang" to. */
    private Div candidates(Offer offer) {
        Div section = new Div();
        section.addClassName("candidates");
        section.add(new H3(getTranslation("matching.company.candidates", offer.terms().title().in(getLocale().getLanguage()))));
        List<MatchCard> cards;
        CandidateRanking ranking;
        try {
            cards = say.candidates(caller, offer.id());
            ranking = say.ranking(caller, offer.id());
        } catch (MatchingRefusedException refused) {
            section.add(new Paragraph(getTranslation(refused.reason(), refused.values())));
            return section;
        }
        if (cards.isEmpty()) {
            section.add(new Paragraph(getTranslation("matching.company.noCandidates")));
            return section;
        }
        section.add(new Paragraph(getTranslation("matching.company.rankHelp")));
        List<MatchCard> order = new ArrayList<>(cards);
        Set<String> notThisTime = new HashSet<>(ranking.notThisTime());
        OrderedList list = new OrderedList();
        list.addClassName("candidate-list");
        Runnable[] redraw = new Runnable[1];
        redraw[0] = () -> {
            list.removeAll();
            for (int i = 0; i < order.size(); i++) {
                int index = i;
                MatchCard card = order.get(i);
                ListItem item = new ListItem();
                item.addClassName("match-card");
                item.add(new H3(card.age().isPresent()
                        ? getTranslation("matching.card.nameAge", card.firstName(), card.age().getAsInt()) : card.firstName()));
                item.add(new Paragraph(getTranslation("matching.card.facts", card.hoursPerWeek(), card.interests(), card.goals())));
                if (!card.why().isEmpty()) {
                    item.add(new Paragraph(getTranslation("matching.card.why", card.why())));
                }
                if (card.developmentShared()) {
                    Anchor picture = new Anchor(PersonParameter.link(DevelopmentRoutes.PICTURE, card.youngPerson()),
                            getTranslation("matching.card.development", card.firstName()));
                    picture.addClassName("shared-development");
                    item.add(picture);
                }
                item.add(trialDay(offer, card));
                Checkbox no = new Checkbox(getTranslation("matching.card.notThisTime"), notThisTime.contains(card.youngPerson()));
                no.addValueChangeListener(change -> {
                    if (change.getValue()) {
                        notThisTime.add(card.youngPerson());
                    } else {
                        notThisTime.remove(card.youngPerson());
                    }
                });
                Button up = new Button(getTranslation("matching.list.up"), click -> {
                    order.add(index - 1, order.remove(index));
                    redraw[0].run();
                });
                up.setEnabled(index > 0);
                Button down = new Button(getTranslation("matching.list.down"), click -> {
                    order.add(index + 1, order.remove(index));
                    redraw[0].run();
                });
                down.setEnabled(index < order.size() - 1);
                item.add(OfferCard.wrapping(up, down, no));
                list.add(item);
            }
        };
        redraw[0].run();
        Button save = new Button(getTranslation("matching.company.saveRanking"), click -> {
            List<String> ranked = order.stream().map(MatchCard::youngPerson).filter(id -> !notThisTime.contains(id)).toList();
            try {
                say.rank(caller, offer.id(), ranked, notThisTime);
                message.setText(getTranslation("matching.company.rankingSaved"));
            } catch (MatchingRefusedException refused) {
                message.setText(getTranslation(refused.reason(), refused.values()));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClassName("ranking-save");
        section.add(list, save);
        return section;
    }

    private Div trialDay(Offer offer, MatchCard card) {
        Div trial = new Div();
        trial.addClassName("trial-day");
        Optional<TrialDay> planned = card.trialDay();
        if (planned.isPresent() && !planned.get().day().isAfter(rounds.today())) {
            Select<TrialDay.Outcome> outcome = new Select<>();
            outcome.setLabel(getTranslation("matching.trial.outcome", Formats.date(planned.get().day(), getLocale())));
            outcome.setItems(TrialDay.Outcome.values());
            outcome.setItemLabelGenerator(value -> getTranslation("matching.trial." + value.name()));
            planned.get().outcome().ifPresent(outcome::setValue);
            outcome.addValueChangeListener(change -> {
                try {
                    say.recordTrialDay(caller, offer.id(), card.youngPerson(), change.getValue());
                } catch (MatchingRefusedException refused) {
                    message.setText(getTranslation(refused.reason(), refused.values()));
                }
            });
            trial.add(outcome);
            return trial;
        }
        planned.ifPresent(day -> trial.add(new Paragraph(getTranslation("matching.trial.planned",
                Formats.date(day.day(), getLocale())))));
        DatePicker day = new DatePicker(getTranslation("matching.trial.day"));
        day.setLocale(getLocale());
        day.setMin(rounds.today());
        Button invite = new Button(getTranslation(planned.isPresent() ? "matching.trial.move" : "matching.trial.invite"), click -> {
            try {
                say.inviteToTrialDay(caller, offer.id(), card.youngPerson(), day.getValue());
                show();
            } catch (MatchingRefusedException refused) {
                message.setText(getTranslation(refused.reason(), refused.values()));
            }
        });
        trial.add(OfferCard.wrapping(day, invite));
        return trial;
    }

    private void proposalsToAnswer() {
        List<Proposal> waiting = proposals.ofCompany(caller, company.id()).stream()
                .filter(proposal -> proposal.state() == ProposalState.WAITING).toList();
        if (waiting.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("matching.company.proposals")));
        for (Proposal proposal : waiting) {
            Div row = new Div();
            row.addClassName("company-proposal");
            String title = proposal.offer().terms().title().in(getLocale().getLanguage());
            row.add(new Paragraph(getTranslation("matching.company.proposal", proposals.firstNameOf(proposal), title,
                    Formats.date(proposal.answerBy(), getLocale()))));
            if (proposal.companySaid().isEmpty()) {
                Button yes = new Button(getTranslation("matching.proposal.yes"), click -> answer(proposal, true));
                yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                yes.addClassName("company-yes");
                Button no = new Button(getTranslation("matching.proposal.no"), click -> answer(proposal, false));
                no.addClassName("company-no");
                row.add(yes, no);
            } else {
                row.add(new Paragraph(getTranslation("matching.company.saidYes")));
            }
            add(row);
        }
    }

    private void answer(Proposal proposal, boolean yes) {
        try {
            Proposal answered = proposals.answer(caller, proposal.round(), proposal.youngPerson(), yes);
            show();
            message.setText(getTranslation(answered.state() == ProposalState.PLACED ? "matching.company.placed"
                    : "matching.company.answered"));
        } catch (MatchingRefusedException refused) {
            message.setText(getTranslation(refused.reason(), refused.values()));
        }
    }

    private void results() {
        List<OfferResult> results = proposals.offerResults(caller, company.id());
        if (results.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("matching.company.results", Formats.date(results.get(0).round().plannedStart(), getLocale()))));
        for (OfferResult result : results) {
            add(new Paragraph(getTranslation(result.filled() == 0 ? "matching.company.resultNone" : "matching.company.result",
                    result.offer().terms().title().in(getLocale().getLanguage()), result.wishedBy(), result.filled(),
                    result.seats(), result.lastAdmittedRank())));
        }
    }
}

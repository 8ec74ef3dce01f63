package dk.nextwork.matching.ui;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Accounts;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.matching.MatchProfiles;
import dk.nextwork.matching.MatchingRefusedException;
import dk.nextwork.matching.MissedWish;
import dk.nextwork.matching.Offer;
import dk.nextwork.matching.OfferFilter;
import dk.nextwork.matching.Offers;
import dk.nextwork.matching.Proposal;
import dk.nextwork.matching.ProposalState;
import dk.nextwork.matching.Proposals;
import dk.nextwork.matching.RoundResult;
import dk.nextwork.matching.Wish;
import dk.nextwork.matching.WishList;
import dk.nextwork.matching.Wishes;
import dk.nextwork.matching.algorithm.DeferredAcceptance;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.program.Companies;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.Messages;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.shell.PersonParameter;
import dk.nextwork.shell.YoungPersonPicker;

/**
 * {@code /app/offers}: a young person explores the open offers (filters, words, each card linking
 * the company's page), marks those they like, and makes their list in the open round, best first
 * with their own "hvorfor"; their latest round's result is explained first, with the proposal to
 * answer. A counsellor or coordinator opens it for a young person ({@code ?person=}) to help.
 */
@Route(value = "offers", layout = MainLayout.class)
@CssImport("./nextwork-matching/matching.css")
@RolesAllowed({Role.YOUTH_ID, Role.COUNSELLOR_ID, Role.COORDINATOR_ID})
@Dependent
public class ChooseOffersView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final Offers offers;
    private final Wishes wishes;
    private final Proposals proposals;
    private final Accounts accounts;
    private final PersonAccess access;
    private final MatchProfiles profiles;
    private final Map<String, String> companyNames = new HashMap<>();
    private final Paragraph message = Messages.status("wishes-message");
    private final OrderedList list = new OrderedList();
    private final Div browsed = new Div();
    private final List<Wish> draft = new ArrayList<>();
    private final TextField words = new TextField();
    private final Select<String> industry = new Select<>();
    private final Select<String> area = new Select<>();
    private final IntegerField mostHours = new IntegerField();
    private Caller caller;
    private String person;
    /** The first name of the young person a counsellor or coordinator helps; null on the young person's own page. */
    private String helped;
    private Set<String> interesting = Set.of();
    private Optional<WishList> current = Optional.empty();

    @Inject
    public ChooseOffersView(Offers offers, Wishes wishes, Proposals proposals, MatchProfiles profiles, Companies companies,
                            Accounts accounts, PersonAccess access) {
        this.offers = offers;
        this.profiles = profiles;
        this.access = access;
        this.wishes = wishes;
        this.proposals = proposals;
        this.accounts = accounts;
        companies.all().forEach(company -> companyNames.put(company.id(), company.name()));
        addClassName("choose-offers");
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("matching.offers.title"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caller = CurrentUser.caller();
        Optional<String> asked = PersonParameter.of(event, caller.user());
        removeAll();
        add(new H1(getTranslation("matching.offers.title")));
        if (asked.isEmpty()) {
            add(new Paragraph(getTranslation("matching.offers.choosePerson")),
                    YoungPersonPicker.opening(ChooseOffersView.class, getTranslation("matching.offers.person"), access, caller));
            return;
        }
        person = asked.get();
        current = wishes.list(caller, person);
        interesting = new java.util.LinkedHashSet<>(wishes.interesting(caller, person));
        helped = person.equals(caller.user().id()) ? null : accounts.find(person).map(UserAccount::firstName).orElse("");
        if (helped != null) {
            add(new Paragraph(getTranslation("matching.offers.helping", helped)));
        } else {
            add(new Paragraph(getTranslation("matching.offers.intro")));
        }
        proposals.resultOf(caller, person).ifPresent(this::result);
        draft.clear();
        current.ifPresent(found -> draft.addAll(found.wishes()));
        roundAndList();
        add(new MatchProfileSection(profiles, caller, person, helped, getLocale()));
        browse();
    }

    private void result(RoundResult result) {
        String language = getLocale().getLanguage();
        Div section = new Div();
        section.addClassName("round-result");
        section.add(new H2(getTranslation("matching.result.title")));
        if (result.placedChoice() > 0 && result.proposal().isPresent()) {
            Offer got = result.proposal().get().offer();
            section.add(new Paragraph(getTranslation("matching.result.got", result.placedChoice(), got.terms().title().in(language),
                    name(got.company()))));
        } else {
            section.add(new Paragraph(getTranslation("matching.result.none")));
        }
        for (MissedWish missed : result.missed()) {
            String key = switch (missed.reason()) {
                case FULL -> "matching.result.full";
                case NOT_ACCEPTABLE -> "matching.result.notAcceptable";
                case NO_SEATS -> "matching.result.noSeats";
            };
            section.add(new Paragraph(getTranslation(key, missed.choice(), missed.companyName())));
        }
        if (result.placedChoice() == 0) {
            section.add(new Paragraph(getTranslation("matching.result.next")));
        }
        result.proposal().ifPresent(proposal -> section.add(proposal(proposal)));
        add(section);
    }

    private Div proposal(Proposal proposal) {
        Div answer = new Div();
        answer.addClassName("proposal");
        if (proposal.state() == ProposalState.WAITING && proposal.youngPersonSaid().isEmpty()
                && person.equals(caller.user().id())) {
            answer.add(new Paragraph(getTranslation("matching.proposal.waiting", Formats.date(proposal.answerBy(), getLocale()))));
            Button yes = new Button(getTranslation("matching.proposal.yes"), click -> answer(proposal, true));
            yes.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            yes.setId("proposal-yes");
            Button no = new Button(getTranslation("matching.proposal.no"), click -> answer(proposal, false));
            no.setId("proposal-no");
            answer.add(yes, no);
        } else {
            answer.add(new Paragraph(switch (proposal.state()) {
                case WAITING -> getTranslation(proposal.youngPersonSaid().orElse(false) ? "matching.proposal.youSaid"
                        : "matching.proposal.waitingFor", Formats.date(proposal.answerBy(), getLocale()));
                case PLACED -> getTranslation("matching.proposal.placed", name(proposal.offer().company()));
                case DECLINED -> getTranslation("matching.proposal.declined");
                case REFUSED -> getTranslation("matching.proposal.refused");
                case LAPSED -> getTranslation("matching.proposal.lapsed");
            }));
        }
        return answer;
    }

    private void answer(Proposal proposal, boolean yes) {
        try {
            proposals.answer(caller, proposal.round(), person, yes);
            refresh();
        } catch (MatchingRefusedException refused) {
            message.setText(getTranslation(refused.reason(), refused.values()));
        }
    }

    private void refresh() {
        removeAll();
        add(new H1(getTranslation("matching.offers.title")));
        current = wishes.list(caller, person);
        proposals.resultOf(caller, person).ifPresent(this::result);
        draft.clear();
        current.ifPresent(found -> draft.addAll(found.wishes()));
        roundAndList();
        add(new MatchProfileSection(profiles, caller, person, helped, getLocale()));
        browse();
    }

    private void roundAndList() {
        Div section = new Div();
        section.addClassName("wish-list");
        section.add(new H2(getTranslation("matching.list.title")));
        if (current.isEmpty()) {
            section.add(new Paragraph(getTranslation("matching.round.none")));
            add(section);
            return;
        }
        section.add(new Paragraph(getTranslation("matching.round.open",
                Formats.date(wishes.roundOf(current.get()).listsDue(), getLocale()))));
        list.setId("wish-list");
        section.add(list, message);
        Button send = new Button(getTranslation("matching.list.send"), click -> send());
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.setId("wishes-send");
        section.add(send);
        add(section);
        showList();
    }

    private void showList() {
        list.removeAll();
        if (draft.isEmpty()) {
            list.add(new ListItem(getTranslation("matching.list.empty")));
            return;
        }
        String language = getLocale().getLanguage();
        for (int i = 0; i < draft.size(); i++) {
            int index = i;
            Wish wish = draft.get(i);
            Optional<Offer> offer = offers.find(wish.offer());
            ListItem item = new ListItem();
            item.addClassName("wish");
            item.add(new Span(offer.map(found -> found.terms().title().in(language) + " – " + name(found.company())).orElse("")));
            TextField why = new TextField(getTranslation("matching.list.why"));
            why.setValue(wish.why());
            why.setMaxLength(Wishes.MAX_WHY);
            why.setWidthFull();
            why.setValueChangeMode(ValueChangeMode.ON_BLUR);
            why.addValueChangeListener(change -> draft.set(index, new Wish(wish.offer(), change.getValue())));
            Button up = new Button(getTranslation("matching.list.up"), click -> move(index, -1));
            up.setEnabled(index > 0);
            Button down = new Button(getTranslation("matching.list.down"), click -> move(index, 1));
            down.setEnabled(index < draft.size() - 1);
            Button remove = new Button(getTranslation("matching.list.remove"), click -> {
                draft.remove(index);
                showList();
                browse();
            });
            item.add(why, OfferCard.wrapping(up, down, remove));
            list.add(item);
        }
    }

    private void move(int index, int by) {
        Wish moved = draft.remove(index);
        draft.add(index + by, moved);
        showList();
    }

    private void send() {
        if (draft.size() < WishList.FEW) {
            Dialog warning = new Dialog();
            warning.setHeaderTitle(getTranslation("matching.list.fewTitle"));
            warning.add(new Paragraph(getTranslation("matching.list.few")));
            Button anyway = new Button(getTranslation("matching.list.sendAnyway"), click -> {
                warning.close();
                save();
            });
            anyway.setId("wishes-send-anyway");
            Button more = new Button(getTranslation("matching.list.addMore"), click -> warning.close());
            more.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            warning.getFooter().add(more, anyway);
            warning.open();
            return;
        }
        save();
    }

    private void save() {
        try {
            WishList saved = wishes.save(caller, person, draft);
            current = Optional.of(saved);
            message.setText(getTranslation("matching.list.sent", Formats.date(wishes.roundOf(saved).listsDue(), getLocale())));
        } catch (MatchingRefusedException refused) {
            message.setText(getTranslation(refused.reason(), refused.values()));
        }
    }

    private void browse() {
        Div section = new Div();
        section.addClassName("browse-offers");
        section.add(new H2(getTranslation("matching.browse.title")));
        List<Offer> open = offers.openOffers();
        Set<String> industries = new TreeSet<>();
        Set<String> areas = new TreeSet<>();
        open.forEach(offer -> {
            industries.add(offer.terms().industry().da());
            areas.add(offer.terms().area());
        });
        String language = getLocale().getLanguage();
        words.setLabel(getTranslation("matching.browse.words"));
        words.setValueChangeMode(ValueChangeMode.LAZY);
        industry.setLabel(getTranslation("matching.browse.industry"));
        List<String> industryChoices = new ArrayList<>(List.of(""));
        industryChoices.addAll(industries);
        industry.setItems(industryChoices);
        industry.setValue("");
        industry.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("matching.browse.anyIndustry")
                : open.stream().filter(offer -> offer.terms().industry().da().equals(value)).findFirst()
                        .map(offer -> offer.terms().industry().in(language)).orElse(value));
        area.setLabel(getTranslation("matching.browse.area"));
        List<String> areaChoices = new ArrayList<>(List.of(""));
        areaChoices.addAll(areas);
        area.setItems(areaChoices);
        area.setValue("");
        area.setItemLabelGenerator(value -> value.isEmpty() ? getTranslation("matching.browse.anyArea") : value);
        mostHours.setLabel(getTranslation("matching.browse.hours"));
        mostHours.setMin(15);
        mostHours.setMax(45);
        FlexLayout filters = new FlexLayout(words, industry, area, mostHours);
        filters.addClassName("offer-filters");
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        section.add(filters, browsed);
        add(section);
        words.addValueChangeListener(change -> showOffers());
        industry.addValueChangeListener(change -> showOffers());
        area.addValueChangeListener(change -> showOffers());
        mostHours.addValueChangeListener(change -> showOffers());
        showOffers();
    }

    private void showOffers() {
        browsed.removeAll();
        List<Offer> found = offers.search(new OfferFilter(words.getValue(), industry.getValue(), area.getValue(),
                mostHours.getValue()));
        if (found.isEmpty()) {
            browsed.add(new Paragraph(getTranslation("matching.browse.none")));
            return;
        }
        Div cards = new Div();
        cards.addClassName("offer-cards");
        for (Offer offer : found) {
            var card = OfferCard.of(this, getLocale(), offer, name(offer.company()));
            boolean liked = interesting.contains(offer.id());
            Button like = new Button(getTranslation(liked ? "matching.offer.unlike" : "matching.offer.like"), click -> {
                interesting = wishes.markInteresting(caller, person, offer.id(), !liked);
                showOffers();
            });
            like.addClassName("offer-like");
            card.addToFooter(like);
            if (current.isPresent()) {
                boolean listed = draft.stream().anyMatch(wish -> wish.offer().equals(offer.id()));
                Button add = new Button(getTranslation(listed ? "matching.offer.onList" : "matching.offer.add"), click -> {
                    draft.add(new Wish(offer.id(), ""));
                    showList();
                    showOffers();
                });
                add.addClassName("offer-add");
                add.setEnabled(!listed && draft.size() < DeferredAcceptance.MAX_CHOICES);
                card.addToFooter(add);
            }
            cards.add(card);
        }
        browsed.add(cards);
    }

    private String name(String company) {
        return companyNames.getOrDefault(company, company);
    }
}

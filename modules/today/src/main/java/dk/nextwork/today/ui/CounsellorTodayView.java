package dk.nextwork.today.ui;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.Role;
import dk.nextwork.matching.MatchingNotices;
import dk.nextwork.messaging.Unread;
import dk.nextwork.messaging.journal.Agenda;
import dk.nextwork.messaging.journal.Journal;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.signals.Signal;
import dk.nextwork.signals.SignalList;
import dk.nextwork.signals.Signals;
import dk.nextwork.today.CounsellorDesk;
import dk.nextwork.today.GroupMeeting;
import dk.nextwork.today.GroupToday;
import dk.nextwork.reporting.ReportsToFile;

/**
 * {@code /app/today/counsellor}: a counsellor's start view: their groups with the next meeting and
 * each young person's placement, and the assessments they owe.
 */
@Route(value = "today/counsellor", layout = MainLayout.class)
@RolesAllowed(Role.COUNSELLOR_ID)
@CssImport("./nextwork-today/today.css")
@Dependent
public class CounsellorTodayView extends VerticalLayout implements HasDynamicTitle {

    private final List<GroupToday> groups;
    private final List<ReportsToFile> owed;
    private final List<Agenda> agendas;

    @Inject
    public CounsellorTodayView(CounsellorDesk desk, Signals signals, MatchingNotices notices, Unread unread, Journal journal) {
        Caller caller = CurrentUser.caller();
        groups = desk.groups(caller);
        owed = desk.owed(caller);
        agendas = journal.agendas(caller);
        add(new H1(getTranslation("today.counsellor.title")));
        Blocks.matchingNotices(this, notices, caller);
        List<Signal> open = groups.stream().flatMap(group -> group.members().stream()).flatMap(member -> member.signals().stream())
                .toList();
        if (!open.isEmpty()) {
            add(Blocks.cards(Blocks.card("counsellor-signals", getTranslation("today.signals.title", open.size()),
                    Blocks.quiet(getTranslation("today.signals.help")), new SignalList(signals, CurrentUser.get(), open))));
        }
        if (groups.isEmpty()) {
            add(Blocks.quiet(getTranslation("today.counsellor.noGroups")));
        }
        List<Card> cards = new ArrayList<>(groups.stream().map(this::card).toList());
        cards.add(Blocks.messages(unread, caller));
        add(Blocks.cards(cards.toArray(Card[]::new)));
        add(new H2(getTranslation("today.counsellor.owed")), new ToDoList(owed));
    }

    private Card card(GroupToday group) {
        Card card = Blocks.card("counsellor-group", group.name(), Blocks.line(group.nextMeeting().map(this::when)
                .orElse(getTranslation("today.counsellor.noMeetingTime"))));
        Blocks.agenda(agendas, agenda -> agenda.group().equals(group.id())).ifPresent(card::add);
        var members = Blocks.list("group-members");
        for (GroupToday.Member member : group.members()) {
            String placement = member.placement().map(place -> member.placedNow()
                            ? getTranslation("today.member.placed", place.companyName(), place.until())
                            : getTranslation("today.member.starts", place.companyName(), place.from()))
                    .orElse(getTranslation("today.member.between"));
            var item = Blocks.item(Blocks.link(member.name(), Blocks.personPage(member.youngPerson())), Blocks.quiet(placement));
            long watch = member.signals().stream().filter(signal -> !signal.kind().positive()).count();
            long positive = member.signals().size() - watch;
            if (watch > 0 || positive > 0) {
                item.add(Blocks.quiet(getTranslation("today.member.signals", positive, watch)));
            }
            members.add(item);
        }
        card.add(members);
        return card;
    }

    private String when(GroupMeeting meeting) {
        return Blocks.meeting("today.counsellor.nextMeeting", meeting);
    }

    List<GroupToday> groups() {
        return groups;
    }

    List<ReportsToFile> owed() {
        return owed;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("today.counsellor.title"));
    }
}

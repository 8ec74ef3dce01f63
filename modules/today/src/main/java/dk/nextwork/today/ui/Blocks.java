package dk.nextwork.today.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import dk.nextwork.development.DevelopmentRoutes;
import dk.nextwork.identity.Caller;
import dk.nextwork.matching.MatchingNoticeList;
import dk.nextwork.matching.MatchingNotices;
import dk.nextwork.matching.Notice;
import dk.nextwork.messaging.MessagingRoutes;
import dk.nextwork.messaging.Unread;
import dk.nextwork.messaging.UnreadChannel;
import dk.nextwork.messaging.UnreadList;
import dk.nextwork.messaging.journal.Agenda;
import dk.nextwork.messaging.network.CompanyNetwork;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.shell.PersonParameter;
import dk.nextwork.shell.TouchTarget;
import dk.nextwork.today.GroupMeeting;

/** The start views' building blocks: a card with a title, a quiet line, a list, a link on. */
final class Blocks {

    private Blocks() {
    }

    static Card card(String className, String title, Component... content) {
        Card card = new Card();
        card.addClassName(className);
        card.setTitle(new H2(title));
        card.add(content);
        return card;
    }

    static Div cards(Component... cards) {
        Div grid = new Div(cards);
        grid.addClassName("today-cards");
        return grid;
    }

    /** What the matching waits for from the viewer, as the first card of their start view (nothing when nothing waits). */
    static <V extends Component & HasComponents> void matchingNotices(V view, MatchingNotices notices, Caller caller) {
        List<Notice> waiting = notices.forCaller(caller);
        if (!waiting.isEmpty()) {
            view.add(cards(card("matching-notices", view.getTranslation("matching.notices.title"),
                    new MatchingNoticeList(waiting))));
        }
    }

    /** The viewer's unread messages by channel, or a quiet line that there are none, with a way to the messages. */
    static Card messages(Unread unread, Caller caller) {
        UI ui = UI.getCurrent();
        List<UnreadChannel> waiting = unread.of(caller);
        Card card = card("today-messages", ui.getTranslation("today.messages.title"));
        if (waiting.isEmpty()) {
            card.add(quiet(ui.getTranslation("today.messages.none")));
        } else {
            card.add(new UnreadList(waiting, caller.user().id()));
        }
        card.add(link(ui.getTranslation("today.messages.open"), MessagingRoutes.MESSAGES));
        return card;
    }

    /** The company network's next meeting, with how many experiences are on its agenda, and a way to it. */
    static Card networkMeeting(CompanyNetwork network, Caller caller) {
        UI ui = UI.getCurrent();
        Card card = card("today-network", ui.getTranslation("today.network.title"));
        network.next(caller).ifPresentOrElse(meeting -> {
            int shared = meeting.agenda().size();
            card.add(line(ui.getTranslation("today.network.next", meeting.day().getDayOfWeek(),
                    Formats.dayAndShortMonth(meeting.day(), ui.getLocale()), meeting.time().orElseThrow())),
                    quiet(shared == 0 ? ui.getTranslation("today.agenda.none")
                            : ui.getTranslation(shared == 1 ? "today.agenda.one" : "today.agenda.many", shared)));
        }, () -> card.add(quiet(ui.getTranslation("today.network.none"))));
        card.add(link(ui.getTranslation("today.network.open"), MessagingRoutes.NETWORK));
        return card;
    }

    /**
     * The next meeting's agenda of a group among the viewer's agendas (the first of the group's is
     * the next meeting's): how many experiences are on it, with a way to it. Empty for a group that
     * has no agenda (no meeting time).
     */
    static Optional<Component[]> agenda(List<Agenda> agendas, Predicate<Agenda> ofGroup) {
        UI ui = UI.getCurrent();
        return agendas.stream().filter(ofGroup).findFirst().map(agenda -> {
            int shared = agenda.entries().size();
            String line = shared == 0 ? ui.getTranslation("today.agenda.none")
                    : ui.getTranslation(shared == 1 ? "today.agenda.one" : "today.agenda.many", shared);
            Paragraph quiet = quiet(line);
            quiet.addClassName("today-agenda");
            return new Component[] {quiet, link(ui.getTranslation("today.agenda.open"), MessagingRoutes.AGENDA)};
        });
    }

    static Paragraph line(String text) {
        return new Paragraph(text);
    }

    static Paragraph quiet(String text) {
        Paragraph quiet = new Paragraph(text);
        quiet.addClassName("today-quiet");
        return quiet;
    }

    static UnorderedList list(String className) {
        UnorderedList list = new UnorderedList();
        list.addClassNames("today-list", className);
        return list;
    }

    static ListItem item(Component... content) {
        return new ListItem(content);
    }

    /** A link on, relative to the application, at least a finger's size. */
    static Anchor link(String text, String location) {
        return TouchTarget.link(new Anchor(location, text));
    }

    /** Links side by side, wrapping on a narrow screen. */
    static Div links(Component... links) {
        Div row = new Div(links);
        row.addClassName("today-links");
        return row;
    }

    /** A group meeting in a text of {@code key} with the weekday, the day ("8. dec.") and the time: one way for every view. */
    static String meeting(String key, GroupMeeting meeting) {
        UI ui = UI.getCurrent();
        return ui.getTranslation(key, meeting.day().getDayOfWeek(), Formats.dayAndShortMonth(meeting.day(), ui.getLocale()),
                meeting.time());
    }

    /** A young person's page. */
    static String personPage(String youngPerson) {
        return PersonParameter.page(youngPerson);
    }

    static String developmentPage(String youngPerson) {
        return PersonParameter.link(DevelopmentRoutes.PICTURE, youngPerson);
    }

    static String conversationPage(String youngPerson) {
        return PersonParameter.link(DevelopmentRoutes.CONVERSATION, youngPerson);
    }
}

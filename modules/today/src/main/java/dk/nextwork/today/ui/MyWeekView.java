package dk.nextwork.today.ui;

import java.util.Locale;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

import dk.nextwork.identity.Role;
import dk.nextwork.matching.MatchingNotices;
import dk.nextwork.messaging.MessagingRoutes;
import dk.nextwork.messaging.Unread;
import dk.nextwork.messaging.journal.Journal;
import dk.nextwork.reporting.PeriodLabels;
import dk.nextwork.reporting.ReportForms;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.MainLayout;
import dk.nextwork.shell.PageTitles;
import dk.nextwork.signals.SignalList;
import dk.nextwork.signals.Signals;
import dk.nextwork.today.JourneyStep;
import dk.nextwork.today.MyWeek;
import dk.nextwork.today.MyWeeks;
import dk.nextwork.today.PlacementNow;

/**
 * {@code /app/my-week}: a young person's start view, spoken to them: their placement now or what
 * comes next, their focus, what waits for them, their next group meeting and their journey so far.
 */
@Route(value = "my-week", layout = MainLayout.class)
@RolesAllowed(Role.YOUTH_ID)
@CssImport("./nextwork-today/today.css")
@Dependent
public class MyWeekView extends VerticalLayout implements HasDynamicTitle {

    private final MyWeek week;
    private final Journal journal;

    @Inject
    public MyWeekView(MyWeeks weeks, Signals signals, MatchingNotices notices, Unread unread, Journal journal) {
        week = weeks.of(CurrentUser.caller());
        this.journal = journal;
        String me = CurrentUser.get().id();
        add(new H1(getTranslation("today.week.hello", week.firstName())));
        Blocks.matchingNotices(this, notices, CurrentUser.caller());
        if (!week.signals().isEmpty()) {
            // an invitation, worded to them: it comes first, as it is about this week
            add(Blocks.cards(Blocks.card("week-signals", getTranslation("today.week.signals"),
                    new SignalList(signals, CurrentUser.get(), week.signals()))));
        }
        add(Blocks.cards(placement(), focus(me), waiting(), meeting(me), Blocks.messages(unread, CurrentUser.caller()), journey(me)));
    }

    private Card placement() {
        if (week.placement().isPresent()) {
            PlacementNow now = week.placement().get();
            Card card = Blocks.card("week-placement", getTranslation("today.week.placement"), Blocks.line(now.companyName()),
                    Blocks.line(getTranslation("today.week.hoursUntil", now.hoursPerWeek(), now.until())));
            contacts(card, now);
            return card;
        }
        if (week.next().isPresent()) {
            PlacementNow next = week.next().get();
            Card card = Blocks.card("week-placement", getTranslation("today.week.nextPlacement"), Blocks.line(next.companyName()),
                    Blocks.line(getTranslation("today.week.startsOn", next.from())));
            contacts(card, next);
            return card;
        }
        return Blocks.card("week-placement", getTranslation("today.week.placement"),
                Blocks.line(getTranslation("today.week.noPlacement")));
    }

    private void contacts(Card card, PlacementNow placement) {
        for (PlacementNow.Contact contact : placement.contacts()) {
            card.add(Blocks.line(getTranslation("today.week.contact", contact.name())),
                    Blocks.link(contact.email(), "mailto:" + contact.email()));
        }
    }

    private Card focus(String me) {
        Anchor on = Blocks.link(getTranslation("today.week.seeDevelopment"), Blocks.developmentPage(me));
        if (week.focus().isEmpty()) {
            return Blocks.card("week-focus", getTranslation("today.week.focus"),
                    Blocks.line(getTranslation("today.week.noFocus")), on);
        }
        String moved = switch (week.focus().get().direction()) {
            case ROSE -> "today.week.focusRose";
            case FELL -> "today.week.focusFell";
            case UNCHANGED -> "today.week.focusSame";
            case FIRST, NONE, NOT_RATED_SINCE -> "today.week.focusNotYet";
        };
        return Blocks.card("week-focus", getTranslation("today.week.focus"),
                Blocks.line(getTranslation("today.week.focusChosen", week.focus().get().name(), week.focusChosen().orElse(week.today()))),
                Blocks.line(getTranslation(moved)), on);
    }

    private Card waiting() {
        Card card = Blocks.card("week-waiting", getTranslation("today.week.waiting"));
        if (week.waiting().isEmpty()) {
            card.add(Blocks.quiet(getTranslation("today.week.nothingWaiting")));
        }
        Locale locale = getLocale();
        for (MyWeek.Waiting waiting : week.waiting()) {
            // the young person's optional view of a month is theirs, not the others' assessment
            String form = getTranslation(waiting.due().optional() ? "reporting.form.ownViewTitle"
                    : PeriodLabels.instrumentKey(waiting.due().instrument())) + " · "
                    + PeriodLabels.period(waiting.due().period(), locale, this::getTranslation);
            card.add(Blocks.line(form), Blocks.quiet(getTranslation(waiting.minutes() == 1 ? "today.week.lengthMinute" : "today.week.length",
                    waiting.statements(), waiting.minutes())));
            if (waiting.due().optional()) {
                card.add(Blocks.quiet(getTranslation("today.week.optional")));
            }
            card.add(
                    Blocks.link(getTranslation(waiting.due().saved().isPresent() ? "today.week.continue" : "today.week.fillIn"),
                            ReportForms.location(waiting.due())));
        }
        return card;
    }

    private Card meeting(String me) {
        if (week.nextMeeting().isEmpty()) {
            return Blocks.card("week-meeting", getTranslation("today.week.meeting"),
                    Blocks.quiet(getTranslation("today.week.noMeeting")));
        }
        var meeting = week.nextMeeting().get();
        String when = meeting.day().equals(week.today()) ? getTranslation("today.week.meetingToday", meeting.time())
                : Blocks.meeting("today.week.meetingOn", meeting);
        Card card = Blocks.card("week-meeting", getTranslation("today.week.meeting"), Blocks.line(meeting.groupName()),
                Blocks.line(when), Blocks.quiet(getTranslation("today.week.meetingWith", meeting.counsellorName())));
        // the agenda of the group met next: shared experiences, and a way to share one
        Blocks.agenda(journal.agendas(CurrentUser.caller()), agenda -> agenda.groupName().equals(meeting.groupName()))
                .ifPresent(card::add);
        card.add(Blocks.link(getTranslation("today.week.journal"), MessagingRoutes.JOURNAL));
        return card;
    }

    private Card journey(String me) {
        Card card = Blocks.card("week-journey", getTranslation("today.week.journey"));
        if (week.journey().isEmpty()) {
            card.add(Blocks.quiet(getTranslation("today.week.journeyStarts")));
            return card;
        }
        UnorderedList steps = Blocks.list("today-journey");
        for (JourneyStep step : week.journey()) {
            Component when = new Span(getTranslation("today.journey." + step.when().name().toLowerCase(Locale.ROOT),
                    step.from(), step.until()));
            var item = Blocks.item(new Span(step.companyName() + " · "), when);
            if (step.when() == JourneyStep.When.NOW) {
                item.addClassName("now");
            }
            steps.add(item);
        }
        card.add(steps, Blocks.link(getTranslation("today.week.seeCourse"), Blocks.personPage(me)));
        return card;
    }

    MyWeek week() {
        return week;
    }

    @Override
    public String getPageTitle() {
        return PageTitles.of(getTranslation("today.week.title"));
    }
}

package dk.nextwork.today.ui;

import java.util.Locale;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import dk.nextwork.development.ConversationLabels;
import dk.nextwork.development.Level;
import dk.nextwork.identity.Caller;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.reporting.PeriodLabels;
import dk.nextwork.shell.CurrentUser;
import dk.nextwork.shell.PersonSection;
import dk.nextwork.signals.SignalList;
import dk.nextwork.signals.Signals;
import dk.nextwork.today.Course;
import dk.nextwork.today.Courses;
import dk.nextwork.today.JourneyStep;

/**
 * A young person's course on their page: enrolment, placements as a timeline, group, development
 * in short, conversations and signals, each as far as the viewer may see it.
 */
@ApplicationScoped
public class CourseSection implements PersonSection {

    private final Courses courses;
    private final Signals signals;

    /** For CDI's client proxy only. */
    protected CourseSection() {
        this(null, null);
    }

    @Inject
    public CourseSection(Courses courses, Signals signals) {
        this.courses = courses;
        this.signals = signals;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public Optional<Component> create(Caller viewer, UserAccount person) {
        Course course = courses.of(viewer, person.id());
        Div section = Blocks.cards(journey(course), group(course), development(course), conversations(course));
        section.addClassName("person-course");
        if (!course.signals().isEmpty()) {
            section.addComponentAsFirst(Blocks.card("course-signals", text(course.own() ? "today.week.signals" : "today.course.signals"),
                    new SignalList(signals, CurrentUser.get(), course.signals())));
        }
        return Optional.of(section);
    }

    private Card journey(Course course) {
        Card card = Blocks.card("course-journey", text("today.course.journey"));
        course.enrolment().ifPresent(enrolment -> {
            card.add(Blocks.line(text("today.course.enrolled", enrolment.enrolled(), enrolment.hoursPerWeek())));
            enrolment.wishes().ifPresent(wishes -> {
                if (!wishes.interests().isBlank()) {
                    card.add(Blocks.quiet(text("today.course.interests", wishes.interests())));
                }
                if (!wishes.goals().isBlank()) {
                    card.add(Blocks.quiet(text("today.course.goals", wishes.goals())));
                }
            });
        });
        if (course.journey().isEmpty()) {
            card.add(Blocks.quiet(text("today.course.noPlacement")));
            return card;
        }
        var steps = Blocks.list("today-journey");
        for (JourneyStep step : course.journey()) {
            var item = Blocks.item(new Span(step.companyName() + " · "), new Span(text("today.journey."
                    + step.when().name().toLowerCase(Locale.ROOT), step.from(), step.until())));
            if (step.when() == JourneyStep.When.NOW) {
                item.addClassName("now");
            }
            steps.add(item);
        }
        card.add(steps);
        return card;
    }

    private Card group(Course course) {
        if (course.group().isEmpty()) {
            return Blocks.card("course-group", text("today.course.group"), Blocks.quiet(text("today.course.noGroup")));
        }
        var meeting = course.group().get();
        return Blocks.card("course-group", text("today.course.group"), Blocks.line(meeting.groupName()),
                Blocks.quiet(Blocks.meeting("today.counsellor.nextMeeting", meeting)),
                Blocks.quiet(text("today.week.meetingWith", meeting.counsellorName())));
    }

    private Card development(Course course) {
        Card card = Blocks.card("course-development", text("today.course.development"));
        course.focus().ifPresent(focus -> card.add(Blocks.line(text(course.own() ? "today.course.focusOwn" : "today.course.focus",
                focus.name(), course.firstName()))));
        if (course.dimensions().isEmpty()) {
            card.add(Blocks.quiet(text(course.own() ? "today.course.noScoresOwn" : "today.course.noScores", course.firstName())));
        }
        var list = Blocks.list("course-dimensions");
        for (Course.Latest latest : course.dimensions()) {
            list.add(Blocks.item(new Span(text("today.course.latest", latest.name(), Formats.number(Math.round(latest.value()), locale()),
                    text(Level.of(latest.value()).key()))), Blocks.quiet(PeriodLabels.period(latest.period(), locale(), this::text))));
        }
        card.add(list, Blocks.link(text(course.own() ? "today.week.seeDevelopment" : "today.course.seeDevelopment"),
                Blocks.developmentPage(course.youngPerson())));
        return card;
    }

    private Card conversations(Course course) {
        Card card = Blocks.card("course-conversations", text("today.course.conversations"));
        if (course.conversations().isEmpty()) {
            card.add(Blocks.quiet(text(course.own() ? "today.course.noConversationsOwn" : "today.course.noConversations",
                    course.firstName())));
            return card;
        }
        var list = Blocks.list("course-conversation-list");
        for (var conversation : course.conversations()) {
            list.add(Blocks.item(new Span(ConversationLabels.participants(conversation, course.today(), locale(), this::text)),
                    Blocks.quiet(text("today.course.chose", conversation.focusName()))));
        }
        card.add(list);
        return card;
    }

    private Locale locale() {
        return UI.getCurrent().getLocale();
    }

    private String text(String key, Object... parameters) {
        return UI.getCurrent().getTranslation(key, parameters);
    }
}

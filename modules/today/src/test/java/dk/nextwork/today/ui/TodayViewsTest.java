package dk.nextwork.today.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.card.Card;
import com.vaadin.flow.component.html.Anchor;

import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.reporting.DueReport;
import dk.nextwork.reporting.Instrument;
import dk.nextwork.reporting.Rater;
import dk.nextwork.shell.testing.VaadinShell;
import dk.nextwork.shell.ui.AccessDeniedView;
import dk.nextwork.signals.Signal;
import dk.nextwork.signals.SignalKind;
import dk.nextwork.today.PlacedYoungPerson;
import dk.nextwork.reporting.ReportsToFile;
import dk.nextwork.today.TodayFixture;

/** Each role lands on its start view, with the right young people and nothing about anyone else. */
class TodayViewsTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private TodayFixture fixture;
    private LocalDate today;

    @BeforeEach
    void wire() {
        fixture = new TodayFixture(running.platform(), running.clock());
        today = PortalTime.today(running.clock());
        fixture.signals.detect(today); // as the daily detection does, soon after the portal starts
    }

    @AfterEach
    void stop() {
        VaadinShell.stop();
    }

    private SignedInUser user(String email) throws Exception {
        return fixture.development.reporting.user(email);
    }

    private void signIn(SignedInUser user) {
        Map<Class<?>, Supplier<?>> views = Map.of(
                MyWeekView.class, () -> new MyWeekView(fixture.weeks, fixture.signals, fixture.notices, fixture.unread, fixture.journal),
                CompanyTodayView.class, () -> new CompanyTodayView(fixture.companyDesk, fixture.signals, fixture.notices, fixture.unread,
                        fixture.network),
                CounsellorTodayView.class, () -> new CounsellorTodayView(fixture.counsellorDesk, fixture.signals, fixture.notices, fixture.unread,
                        fixture.journal),
                ProgrammeTodayView.class, () -> new ProgrammeTodayView(fixture.overview, fixture.signals, fixture.notices, fixture.unread),
                dk.nextwork.shell.ui.PersonView.class, () -> new dk.nextwork.shell.ui.PersonView(fixture.development.reporting.access,
                        List.of(new CourseSection(fixture.courses, fixture.signals))));
        VaadinShell.start(fixture.development.reporting.identity, user, List.of(new TodayNavigation()), views,
                "dk.nextwork.today.ui");
    }

    private static String text(Class<? extends Component> type, String className) {
        return _find(type, spec -> spec.withClasses(className)).stream().map(component -> component.getElement().getText()
                + component.getElement().getChildren().map(child -> " " + child.getTextRecursively()).collect(Collectors.joining()))
                .collect(Collectors.joining("\n"));
    }

    private static String cardText(String className) {
        return _get(Card.class, spec -> spec.withClasses(className)).getElement().getTextRecursively();
    }

    @Test
    void aYoungPersonLandsOnTheirWeekSpokenToThem() throws Exception {
        SignedInUser mikkel = user("youth@nextwork.example");
        signIn(mikkel);
        UI.getCurrent().navigate("");
        MyWeekView view = _get(MyWeekView.class);
        assertEquals("Hej Mikkel", view.getChildren().findFirst().orElseThrow().getElement().getText());

        String matching = cardText("matching-notices");
        assertTrue(matching.contains("Din liste er inde. Du kan ændre den til og med"), matching);

        String placement = cardText("week-placement");
        assertTrue(placement.contains("Fjordbyens Værksted"), placement);
        assertTrue(placement.contains("Din kontaktperson: Kim Thorsen (demo)"), placement);
        assertTrue(placement.matches("(?s).*Du er der \\d+ timer om ugen – til og med \\d+\\. \\w+\\. \\d{4}\\..*"), placement);

        String focus = cardText("week-focus");
        assertTrue(focus.contains("Du valgte at arbejde med Vedholdenhed ved samtalen"), focus);

        int statements = fixture.development.reporting.configuration.current().definition()
                .indicatorsFor(Instrument.QUESTIONNAIRE, Rater.YOUNG_PERSON).size();
        String waiting = cardText("week-waiting");
        assertTrue(waiting.contains("Spørgeskema"), waiting);
        assertTrue(waiting.contains(statements + " udsagn, ca. " + (statements * 20 + 59) / 60 + " minutter"), waiting);
        assertTrue(_find(Anchor.class).stream().anyMatch(link -> link.getHref().startsWith("reports/form?person=" + mikkel.id()
                + "&form=questionnaire")), "the questionnaire opens from here");

        String meeting = cardText("week-meeting");
        assertTrue(meeting.contains("Tirsdagsgruppen"), meeting);
        LocalDate next = today.with(java.time.temporal.TemporalAdjusters.nextOrSame(DayOfWeek.TUESDAY));
        assertTrue(meeting.contains(next.equals(today) ? "I dag kl. 14.00" : "tirsdag " + dk.nextwork.platform.i18n.Formats.dayAndShortMonth(next, dk.nextwork.platform.i18n.Texts.DANISH) + " kl. 14.00"), meeting);
        assertTrue(meeting.contains("Med Jonas"), meeting);
        assertTrue(meeting.contains("2 erfaringer på dagsordenen") && meeting.contains("Skriv en erfaring"), "his and Noah's: " + meeting);

        String journey = cardText("week-journey");
        assertTrue(journey.contains("Fjordbyens Værksted · nu, til og med"), journey);
        assertFalse(String.join(" ", placement, focus, waiting, meeting, journey).contains("den unge"), "spoken to, not about");
        assertTrue(_find(Anchor.class).stream().anyMatch(link -> link.getHref().equals("people/" + mikkel.id())));

        assertTrue(view.week().signals().stream().anyMatch(signal -> signal.kind() == SignalKind.FOCUS_UP),
                "his focus area went up since the conversation");
        assertTrue(view.week().signals().stream().allMatch(signal -> signal.kind().positive()), "and nothing to worry about");
        String signals = cardText("week-signals");
        assertTrue(signals.contains("du") || signals.contains("Du"), "spoken to him: " + signals);
        assertTrue(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("signal-action-talked")).isEmpty(),
                "a young person does not act on their own signals");
    }

    @Test
    void aRepresentativeSeesACardPerYoungPersonPlacedNowAndTheReportsByPerson() throws Exception {
        SignedInUser sara = user("company@nextwork.example");
        String emma = user("emma.friis@nextwork.example").id();
        String noah = user("noah.vestergaard@nextwork.example").id();
        signIn(sara);
        UI.getCurrent().navigate("");
        CompanyTodayView view = _get(CompanyTodayView.class);
        assertEquals(List.of(emma), view.placed().stream().map(PlacedYoungPerson::youngPerson).toList(), "Emma, placed now");
        PlacedYoungPerson card = view.placed().get(0);
        assertEquals(PlacedYoungPerson.WeekReport.NOT_STARTED, card.thisWeek(), "the demo leaves Emma's last weeks to file");
        assertFalse(card.recent().isEmpty(), "her weeks so far draw a small trend");
        String shown = cardText("company-placed");
        assertTrue(shown.contains("Emma Friis (demo)") && shown.contains("Ugens rapport er ikke skrevet endnu."), shown);
        assertTrue(shown.contains("Næste samtale: omkring"), shown);
        String network = cardText("today-network");
        assertTrue(network.contains("Næste møde: torsdag") && network.contains("1 erfaring på dagsordenen"),
                "the network's next meeting, with Sara's experience on it: " + network);

        assertEquals(List.of(SignalKind.CONCERN), card.signals().stream().map(Signal::kind).toList(),
                "the concern the bakery raised; not the missing reports, which are the counsellor's to look at");
        assertEquals(1, _find(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("company-concern")).size(),
                "the representative can share a concern");

        assertEquals(List.of(emma), view.toDo().stream().map(ReportsToFile::youngPerson).toList(), "reports only about Emma");
        ReportsToFile emmas = view.toDo().get(0);
        assertTrue(emmas.now().stream().anyMatch(DueReport::overdue), "one of her weeks is overdue");
        assertTrue(emmas.now().stream().allMatch(item -> !item.isSubmitted() && !item.dueBy().isAfter(today)));
        assertTrue(emmas.later().stream().allMatch(item -> item.dueBy().isAfter(today)));
        assertTrue(emmas.sent().stream().allMatch(DueReport::isSubmitted));

        assertEquals(List.of(noah), view.earlier().stream().map(one -> one.youngPerson()).toList(), "Noah was placed here before");
        assertEquals(java.util.Optional.of("Midtvejs Lager & Logistik"), view.earlier().get(0).movedOnTo());
        String all = view.getElement().getTextRecursively();
        assertFalse(all.contains("Mikkel"), "nobody they do not work with");
        assertTrue(fixture.development.reporting.identity.audit.about(emma, 100).stream()
                .anyMatch(entry -> entry.action().equals("person.listed") && entry.actor().equals(sara.id())),
                "Emma's trail shows that Sara saw her listed");
    }

    @Test
    void aCounsellorSeesTheirGroupItsNextMeetingAndTheAssessmentsOwed() throws Exception {
        SignedInUser jonas = user("counsellor@nextwork.example");
        String emma = user("emma.friis@nextwork.example").id();
        signIn(jonas);
        UI.getCurrent().navigate("");
        CounsellorTodayView view = _get(CounsellorTodayView.class);
        assertEquals(List.of("Tirsdagsgruppen"), view.groups().stream().map(group -> group.name()).toList());
        var members = view.groups().get(0).members();
        assertEquals(6, members.size(), "Mikkel, Noah, Ali, Freja, Laura and Oliver");
        assertTrue(members.stream().noneMatch(member -> member.youngPerson().equals(emma)));
        assertTrue(members.stream().allMatch(member -> member.placedNow()), "all six are placed now");
        String group = cardText("counsellor-group");
        assertTrue(group.contains("Næste møde: tirsdag ") && group.contains("kl. 14.00"), group);
        assertTrue(group.contains("Fjordbyens Værksted, til og med"), group);
        assertTrue(group.contains("2 erfaringer på dagsordenen") && group.contains("Se dagsordenen"), "Mikkel's and Noah's: " + group);
        Set<SignalKind> kinds = members.stream().flatMap(member -> member.signals().stream()).map(Signal::kind)
                .collect(Collectors.toSet());
        assertEquals(Set.of(SignalKind.ABSENCE_RISING, SignalKind.DIMENSION_FALLING, SignalKind.NEW_HIGH, SignalKind.FOCUS_UP), kinds,
                "Oliver's absence and readiness, Ali's new high, Mikkel's focus: nothing of Emma's");
        assertTrue(_find(com.vaadin.flow.component.button.Button.class, spec -> spec.withClasses("signal-action-talked")).size() >= 4,
                "the counsellor follows up on each from here");
        assertTrue(view.owed().stream().allMatch(person -> members.stream().anyMatch(m -> m.youngPerson().equals(person.youngPerson()))),
                "assessments only of the group's young people");
        assertTrue(view.owed().stream().flatMap(person -> person.now().stream()).allMatch(item ->
                item.instrument() == Instrument.MONTHLY_ASSESSMENT), "a counsellor owes monthly assessments");
    }

    @Test
    void aCoordinatorSeesTheProgrammeAtAGlance() throws Exception {
        signIn(dk.nextwork.reporting.ReportingFixture.COORDINATOR);
        UI.getCurrent().navigate("");
        ProgrammeTodayView view = _get(ProgrammeTodayView.class);
        String sofie = user("sofie.ahmadi@nextwork.example").id();
        String laura = user("laura.nielsen@nextwork.example").id();
        assertEquals(List.of(sofie), view.glance().withoutPlacement().stream().map(one -> one.youngPerson()).toList(),
                "Sofie is enrolled and not placed");
        assertEquals(List.of(laura), view.glance().endingSoon().stream().map(one -> one.youngPerson()).toList(),
                "Laura's placement ends in two weeks");
        var bakery = view.glance().capacity().stream().filter(company -> company.company().equals("surdejshjoernet"))
                .findFirst().orElseThrow();
        assertEquals(1, bakery.taken(), "Emma");
        assertEquals(bakery.places() - 1, bakery.free());
        var overdue = view.glance().overdue();
        assertTrue(overdue.stream().anyMatch(company -> company.company().equals("surdejshjoernet") && company.overdue() >= 1),
                "Emma's overdue week at the bakery: " + overdue);
        for (int i = 1; i < overdue.size(); i++) {
            assertTrue(overdue.get(i - 1).overdue() >= overdue.get(i).overdue(), "most overdue first");
        }
        assertTrue(cardText("programme-ending-card").contains("Slutter inden for 3 uger: 1"));
        assertTrue(cardText("programme-unplaced-card").contains("Sofie Ahmadi (demo)"));
        assertEquals(Set.of(SignalKind.values()), view.glance().signals().stream().map(Signal::kind).collect(Collectors.toSet()),
                "the demo has one of each, and the coordinator sees them all");
    }

    @Test
    void theOverviewListsTheFirstOfALongListSaysHowManyMoreAndAuditsOnlyThoseShown() throws Exception {
        SignedInUser admin = new SignedInUser("admin-test", "a@example.org", "Admin", Set.of(dk.nextwork.identity.Role.ADMIN),
                null, "da");
        int extra = dk.nextwork.today.ProgrammeOverview.SHOWN + 5;
        List<String> waiting = new java.util.ArrayList<>();
        for (int i = 0; i < extra; i++) {
            String id = fixture.development.reporting.identity.accounts.create(admin, "venter" + i + "@example.org",
                    String.format("Venter %02d", i), Set.of(dk.nextwork.identity.Role.YOUTH), null, "da").id();
            fixture.enrolments.enrol(dk.nextwork.reporting.ReportingFixture.COORDINATOR, id, 20, "", "");
            waiting.add(id);
        }
        signIn(dk.nextwork.reporting.ReportingFixture.COORDINATOR);
        UI.getCurrent().navigate("");
        var glance = _get(ProgrammeTodayView.class).glance();
        int unplaced = extra + 1; // and Sofie
        assertEquals(unplaced, glance.withoutPlacementCount(), "every active young person without a placement is counted");
        assertEquals(dk.nextwork.today.ProgrammeOverview.SHOWN, glance.withoutPlacement().size(), "the first are listed");
        List<String> names = glance.withoutPlacement().stream().map(one -> one.name()).toList();
        assertEquals(names.stream().sorted().toList(), names, "by name");
        String card = cardText("programme-unplaced-card");
        assertTrue(card.contains("Uden praktik lige nu: " + unplaced), card);
        assertTrue(card.contains("… og " + (unplaced - dk.nextwork.today.ProgrammeOverview.SHOWN) + " flere"), card);
        assertFalse(cardText("programme-ending-card").contains("flere"), "a short list says nothing more");

        Set<String> shown = glance.withoutPlacement().stream().map(one -> one.youngPerson()).collect(Collectors.toSet());
        var audit = fixture.development.reporting.identity.audit;
        for (String id : waiting) {
            boolean listed = audit.about(id, 20).stream().anyMatch(entry -> entry.action().equals("person.listed"));
            assertEquals(shown.contains(id), listed, "only the young people on the page are in their trail as listed: " + id);
        }
    }

    @Test
    void eachStartViewNamesTheChannelsWithUnreadMessagesUntilTheyAreRead() throws Exception {
        SignedInUser mikkel = user("youth@nextwork.example");
        String group = dk.nextwork.messaging.Channel.groupId("tirsdagsgruppen");
        signIn(mikkel);
        UI.getCurrent().navigate("");
        assertEquals("BeskederTirsdagsgruppen · 1 nyGå til beskeder", cardText("today-messages").trim(),
                "Jonas's answer in the demo is new to him");
        assertTrue(_find(Anchor.class).stream().anyMatch(link -> link.getHref().equals("messages?channel=" + group)),
                "the line opens the channel");
        var him = new dk.nextwork.identity.Caller(mikkel, "test");
        fixture.unread.markRead(him, group, fixture.messages.last(him, group));
        UI.getCurrent().navigate("today/programme"); // away and back: a new view
        UI.getCurrent().navigate("");
        assertEquals("BeskederIngen nye beskederGå til beskeder", cardText("today-messages").trim());
        VaadinShell.stop();

        signIn(user("counsellor@nextwork.example"));
        UI.getCurrent().navigate("");
        assertTrue(cardText("today-messages").contains("Tirsdagsgruppen · 1 ny"), cardText("today-messages"));
        VaadinShell.stop();

        SignedInUser sara = user("company@nextwork.example");
        signIn(sara);
        UI.getCurrent().navigate("");
        assertTrue(cardText("today-messages").contains("Ingen nye beskeder"), "the demo's company network is read");
        fixture.messages.post(new dk.nextwork.identity.Caller(sara, "test"), dk.nextwork.messaging.Channel.COMPANIES_ID,
                "Vi har gode erfaringer med en fast makker den første uge.");
        VaadinShell.stop();

        signIn(user("coordinator@nextwork.example"));
        UI.getCurrent().navigate("");
        String coordinator = cardText("today-messages");
        assertTrue(coordinator.contains("Virksomhedsnetværket · 1 ny"), coordinator);
        assertFalse(coordinator.contains("Tirsdagsgruppen"), "the groups she reads along are not counted for her");
    }

    @Test
    void eachStartViewIsOnlyForItsRole() throws Exception {
        // the start view each demo account may open; every other one is refused
        Map<String, String> own = new java.util.LinkedHashMap<>();
        own.put("youth@nextwork.example", "my-week");
        own.put("company@nextwork.example", "today/company");
        own.put("counsellor@nextwork.example", "today/counsellor");
        own.put("coordinator@nextwork.example", "today/programme");
        own.put("editor@nextwork.example", null);
        own.put("admin@nextwork.example", null);
        List<String> routes = List.of("my-week", "today/company", "today/counsellor", "today/programme");
        for (Map.Entry<String, String> account : own.entrySet()) {
            signIn(user(account.getKey()));
            for (String route : routes) {
                UI.getCurrent().navigate(route);
                assertEquals(route.equals(account.getValue()) ? 0 : 1, _find(AccessDeniedView.class).size(),
                        account.getKey() + " on " + route);
            }
            VaadinShell.stop();
        }
    }

    @Test
    void aPersonsPageShowsTheirCourseAsFarAsTheViewerMaySeeIt() throws Exception {
        SignedInUser jonas = user("counsellor@nextwork.example");
        String mikkel = user("youth@nextwork.example").id();
        String emma = user("emma.friis@nextwork.example").id();
        signIn(jonas);
        UI.getCurrent().navigate("people/" + mikkel);
        String journey = cardText("course-journey");
        assertTrue(journey.contains("Med i NExTWORK siden") && journey.contains("Fjordbyens Værksted · nu, til og med"), journey);
        assertTrue(journey.contains("Interesser:") || journey.contains("Mål:"), "his counsellor reads what he wants: " + journey);
        assertTrue(cardText("course-group").contains("Tirsdagsgruppen"));
        String development = cardText("course-development");
        assertTrue(development.contains("Fokus: Vedholdenhed"), development);
        assertTrue(development.matches("(?s).*Arbejdsegnethed: \\d+ \\((på vej|godt i gang|stærk)\\).*"), development);
        String conversations = cardText("course-conversations");
        assertTrue(conversations.contains("Mikkel") && conversations.contains("Valgte: Vedholdenhed"), conversations);
        assertEquals(1, _find(Card.class, spec -> spec.withClasses("course-signals")).size(), "his focus went up");
        VaadinShell.stop();

        signIn(user("company@nextwork.example"));
        UI.getCurrent().navigate("people/" + emma);
        String emmas = cardText("course-journey");
        assertTrue(emmas.contains("Surdejshjørnet"), emmas);
        assertFalse(emmas.contains("Interesser:") || emmas.contains("Mål:"), "what she wants is not the company's: " + emmas);
        assertEquals(List.of("CONCERN"), _find(com.vaadin.flow.component.html.ListItem.class, spec -> spec.withClasses("signal"))
                .stream().map(item -> item.getElement().getAttribute("data-kind")).toList(), "the concern the bakery shared, and no other");
        UI.getCurrent().navigate("people/" + mikkel);
        assertEquals(1, _find(AccessDeniedView.class).size(), "a young person the bakery does not work with");
        VaadinShell.stop();

        signIn(user("youth@nextwork.example"));
        UI.getCurrent().navigate("people/" + mikkel);
        assertTrue(cardText("course-development").contains("Dit fokus: Vedholdenhed"));
        assertTrue(cardText("course-conversations").contains("Mikkel"));
    }
}

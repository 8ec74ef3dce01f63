package dk.nextwork.program.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.PersonAccess;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.shell.testing.VaadinShell;
import dk.nextwork.shell.ui.AccessDeniedView;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.Meetings;
import dk.nextwork.program.NetworkGroups;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Placements;
import dk.nextwork.program.Programme;
import dk.nextwork.program.internal.ProgramRelationships;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.platform.time.PortalTime;

/** The coordinators' programme views: enrolling by the 15-hour rule, placing by the length rule, said at the field. */
class ProgrammeViewsTest {

    private static final SignedInUser COORDINATOR = new SignedInUser("coordinator-1", "k@example.org", "Hanne",
            Set.of(Role.COORDINATOR), null, "da");

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private IdentityFixture identity;
    private Programme programme;
    /** Today by the test's clock, which every service behind the views runs on. */
    private LocalDate today;
    private String sofie;

    @BeforeEach
    void wire() throws Exception {
        identity = new IdentityFixture(running.platform(), running.clock());
        programme = new Programme(running.platform().repository(), running.clock());
        today = PortalTime.today(running.clock());
        sofie = identity.accounts.findByEmail("sofie.ahmadi@nextwork.example").orElseThrow().id();
    }

    @AfterEach
    void stop() {
        VaadinShell.stop();
    }

    private void signIn(SignedInUser user) {
        PersonAccess access = new PersonAccess(identity.accounts, identity.audit,
                List.of(new ProgramRelationships(programme, running.clock())));
        Enrolments enrolments = new Enrolments(running.platform().repository(), identity.accounts, identity.audit,
                running.clock());
        Companies companies = new Companies(running.platform().repository(), identity.audit, running.clock());
        Placements placements = new Placements(running.platform().repository(), identity.audit, programme, access);
        Map<Class<?>, Supplier<?>> views = Map.of(
                YoungPeopleView.class, () -> VaadinShell.unchecked(() -> new YoungPeopleView(access, enrolments, programme, companies)),
                PlacementsView.class, () -> VaadinShell.unchecked(() -> new PlacementsView(access, placements, programme, companies)),
                CompaniesView.class, () -> VaadinShell.unchecked(() -> new CompaniesView(companies, identity.accounts)),
                GroupsView.class, () -> VaadinShell.unchecked(() -> new GroupsView(access, identity.accounts,
                        new NetworkGroups(running.platform().repository(), identity.accounts, identity.audit, running.clock()),
                        programme, enrolments)),
                MeetingsView.class, () -> VaadinShell.unchecked(() -> new MeetingsView(access,
                        new Meetings(running.platform().repository(), identity.audit, running.clock()), programme, companies)));
        VaadinShell.start(identity, user, List.of(new ProgrammeNavigation()), views, "dk.nextwork.program.ui");
    }

    @Test
    void aCoordinatorEnrolsAYoungPersonAndIsToldTheFifteenHourRuleAtTheField() throws Exception {
        signIn(COORDINATOR);
        UI.getCurrent().navigate("programme/young-people");
        YoungPeopleView view = _get(YoungPeopleView.class);
        assertEquals(8, GridKt._size(view.grid()), "the demo's young people");
        int row = 0;
        while (!GridKt._get(view.grid(), row).account().id().equals(sofie)) {
            row++;
        }
        GridKt._clickItem(view.grid(), row);
        IntegerField hours = _get(IntegerField.class, spec -> spec.withLabel("Timer om ugen"));
        assertEquals(15, hours.getValue());
        assertTrue(identity.audit.about(sofie, 20).stream().anyMatch(entry -> entry.action().equals("person.enrolment.read")
                && entry.actor().equals(COORDINATOR.id())), "opening her interests and goals is in her trail");
        _setValue(hours, 10);
        _click(_get(Button.class, spec -> spec.withId("enrol-save")));
        assertTrue(hours.isInvalid());
        assertEquals("Den unge kan 10 timer om ugen, men et forløb kræver mindst 15 timer om ugen.", hours.getErrorMessage());
        _setValue(hours, 22);
        _click(_get(Button.class, spec -> spec.withId("enrol-save")));
        assertEquals(22, new Enrolments(running.platform().repository(), identity.accounts, identity.audit, running.clock())
                .find(sofie).orElseThrow().hoursPerWeek());
        assertEquals(0, _find(IntegerField.class, spec -> spec.withLabel("Timer om ugen")).size(), "the dialog is closed");
    }

    @Test
    void aCoordinatorPlacesAYoungPersonAndATooShortPlacementIsRefusedInWords() throws Exception {
        signIn(COORDINATOR);
        UI.getCurrent().navigate("programme/placements");
        PlacementsView view = _get(PlacementsView.class);
        int before = GridKt._size(view.grid());
        _click(_get(Button.class, spec -> spec.withId("placement-new")));
        @SuppressWarnings("unchecked")
        ComboBox<dk.nextwork.identity.UserAccount> who = _get(ComboBox.class, spec -> spec.withLabel("Ung"));
        com.github.mvysny.kaributesting.v10.ComboBoxKt.setUserInput(who, "sofie");
        assertEquals(List.of("Sofie Ahmadi (demo)"), com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestions(who),
                "the picker fetches by the name typed");
        _setValue(who, com.github.mvysny.kaributesting.v10.ComboBoxKt.getSuggestionItems(who).get(0));
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Virksomhed")), "planteskolen-laerkereden");
        LocalDate start = today.plusWeeks(1);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Start")), start);
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Planlagt slut")), start.plusWeeks(4));
        _click(_get(Button.class, spec -> spec.withId("placement-save")));
        assertEquals("Et forløb varer mindst 6 uger og højst 6 måneder.",
                _get(Paragraph.class, spec -> spec.withClasses("placement-problem")).getText());
        assertEquals(before, programme.allPlacements().size(), "nothing is saved");
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Planlagt slut")), start.plusWeeks(10));
        _click(_get(Button.class, spec -> spec.withId("placement-save")));
        assertEquals(before + 1, GridKt._size(view.grid()));
        assertTrue(_get(Paragraph.class, spec -> spec.withClasses("programme-message")).getText().contains("Planteskolen Lærkereden"));
    }

    @Test
    void thePlacementsGridFetchesPageByPageAndNamesOnlyTheYoungPeopleOfThePagesFetched() throws Exception {
        List<String> pagesen = dk.nextwork.program.PlacementsFixture.load(identity, running.clock(), 20);
        signIn(COORDINATOR);
        UI.getCurrent().navigate("programme/placements");
        PlacementsView view = _get(PlacementsView.class);
        Placements placements = new Placements(running.platform().repository(), identity.audit, programme,
                new PersonAccess(identity.accounts, identity.audit, List.of(new ProgramRelationships(programme, running.clock()))));
        List<Placement> all = placements.list(COORDINATOR, null, dk.nextwork.program.PlacementState.ALL);
        assertTrue(all.size() > 100, "more than two pages of 50: " + all.size());
        Placement later = all.get(90);
        assertEquals(all.get(0), GridKt._get(view.grid(), 0), "the first page, newest start first");
        assertEquals(later, GridKt._get(view.grid(), 90), "a later page");
        assertEquals(String.format("Pagesen %02d", pagesen.indexOf(later.youngPerson())),
                GridKt._getFormattedRow(view.grid(), 90).get(0), "named for its page");
        assertFalse(view.grid().getDataCommunicator().isDefinedSize(), "no total: counting would read every placement");
        assertEquals(all.size(), GridKt._size(view.grid()), "fetched until a page comes back short");

        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Søg")), "pagesen 07");
        List<Placement> hers = placements.list(COORDINATOR, null, dk.nextwork.program.PlacementState.ALL, "pagesen 07");
        assertEquals(hers.size(), GridKt._size(view.grid()), "by the name searched");
        assertEquals(hers.get(hers.size() - 1), GridKt._get(view.grid(), hers.size() - 1));
    }

    @Test
    void anEndedPlacementSaysWhereTheYoungPersonMovedOnToByTheCompanysNameInTheReadersLanguage() throws Exception {
        signIn(COORDINATOR);
        for (Locale language : List.of(Locale.forLanguageTag("da"), Locale.ENGLISH)) {
            UI.getCurrent().setLocale(language);
            UI.getCurrent().navigate("programme/placements");
            Grid<Placement> grid = _get(PlacementsView.class).grid();
            int row = 0;
            while (!GridKt._get(grid, row).id().equals("noah-surdejshjoernet")) {
                row++;
            }
            String ended = GridKt._getFormattedRow(grid, row).get(4);
            String said = language == Locale.ENGLISH ? "Moved on to Midtvejs Lager & Logistik" : "Gik videre til Midtvejs Lager & Logistik";
            assertTrue(ended.endsWith(": " + said), ended);
            assertFalse(ended.contains("midtvejs-lager"), "never the company's id");
        }
    }

    @Test
    void theProgrammeViewsAreForCoordinators() {
        signIn(new SignedInUser("rep", "r@example.org", "Rep", Set.of(Role.COMPANY_REP), "surdejshjoernet", "da"));
        for (String route : List.of("programme/young-people", "programme/placements", "programme/companies",
                "programme/groups", "programme/meetings")) {
            UI.getCurrent().navigate(route);
            assertEquals(1, _find(AccessDeniedView.class).size(), route);
        }
    }

    @Test
    void aCounsellorRecordsAttendanceAtTheirGroupsMeeting() throws Exception {
        String jonasId = identity.accounts.findByEmail("counsellor@nextwork.example").orElseThrow().id();
        String mikkel = identity.accounts.findByEmail("youth@nextwork.example").orElseThrow().id();
        signIn(new SignedInUser(jonasId, "counsellor@nextwork.example", "Jonas Krogh (demo)", Set.of(Role.COUNSELLOR), null, "da"));
        UI.getCurrent().navigate("programme/meetings");
        MeetingsView view = _get(MeetingsView.class);
        assertEquals(4, GridKt._size(view.groupMeetings()));
        assertEquals(0, _find(Button.class, spec -> spec.withId("network-meeting-record")).size(), "the company network is for coordinators");
        _click(_get(Button.class, spec -> spec.withId("group-meeting-record")));
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.checkbox.CheckboxGroup<String> attended = _get(com.vaadin.flow.component.checkbox.CheckboxGroup.class);
        _setValue(attended, Set.of(mikkel));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Dato")), today.plusDays(2));
        _click(_get(Button.class, spec -> spec.withId("meeting-save")));
        assertTrue(_get(Paragraph.class, spec -> spec.withClasses("meeting-problem")).getText().startsWith("Et møde registreres"));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Dato")), today);
        _click(_get(Button.class, spec -> spec.withId("meeting-save")));
        assertEquals(5, GridKt._size(view.groupMeetings()));
        assertEquals(Set.of(mikkel), GridKt._get(view.groupMeetings(), 0).attended());
    }

    @Test
    void aCoordinatorStartsAGroupLedByACounsellorWithYoungPeopleFromAnother() throws Exception {
        signIn(COORDINATOR);
        UI.getCurrent().navigate("programme/groups");
        GroupsView view = _get(GroupsView.class);
        assertEquals(1, view.shown().size(), "the demo's Tirsdagsgruppen");
        String noah = identity.accounts.findByEmail("noah.vestergaard@nextwork.example").orElseThrow().id();
        String jonas = identity.accounts.findByEmail("counsellor@nextwork.example").orElseThrow().id();
        _click(_get(Button.class, spec -> spec.withId("group-new")));
        _setValue(_get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Navn")), "Torsdagsgruppen");
        _click(_get(Button.class, spec -> spec.withId("group-save")));
        assertEquals("Vælg en ungevejleder til at lede gruppen.", _get(Paragraph.class, spec -> spec.withClasses("group-problem")).getText());
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Ungevejleder")), jonas);
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.combobox.MultiSelectComboBox<String> members =
                _get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class, spec -> spec.withLabel("Unge i gruppen"));
        _setValue(members, Set.of(noah, sofie));
        _click(_get(Button.class, spec -> spec.withId("group-save")));
        assertEquals(2, view.shown().size());
        assertEquals(Set.of(noah, sofie), programme.allGroups().stream().filter(g -> g.name().equals("Torsdagsgruppen"))
                .findFirst().orElseThrow().members());
        assertTrue(programme.allGroups().stream().filter(g -> g.id().equals("tirsdagsgruppen")).findFirst().orElseThrow()
                .members().stream().noneMatch(noah::equals), "Noah left Tirsdagsgruppen for the new group");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aGroupsMembersAreChosenFromTheEnrolledYoungPeopleFetchedByTheNameTyped() throws Exception {
        SignedInUser admin = new SignedInUser("admin-1", "a@example.org", "Drift", Set.of(Role.ADMIN), null, "da");
        String invited = identity.accounts.create(admin, "aase@example.org", "Åse Ny", Set.of(Role.YOUTH), null, "da").id();
        signIn(COORDINATOR);
        UI.getCurrent().navigate("programme/groups");
        _click(_get(Button.class, spec -> spec.withId("group-new")));
        com.vaadin.flow.component.combobox.MultiSelectComboBox<String> members =
                _get(com.vaadin.flow.component.combobox.MultiSelectComboBox.class, spec -> spec.withLabel("Unge i gruppen"));
        List<String> offered = offered(members, "");
        assertEquals(8, offered.size(), "the demo's enrolled young people");
        assertFalse(offered.contains(invited), "Åse is not enrolled yet");
        String noah = identity.accounts.findByEmail("noah.vestergaard@nextwork.example").orElseThrow().id();
        assertEquals(List.of(noah), offered(members, "VEST"), "by the name typed");
        assertEquals("Noah Vestergaard (demo)", members.getItemLabelGenerator().apply(noah));
    }

    /** What the lazy picker fetches for what is typed, as its drop-down would ask. */
    @SuppressWarnings("unchecked")
    private static List<String> offered(com.vaadin.flow.component.combobox.MultiSelectComboBox<String> members, String typed) {
        var items = (com.vaadin.flow.data.provider.DataProvider<String, String>) members.getDataProvider();
        return items.fetch(new com.vaadin.flow.data.provider.Query<>(0, 1000, List.of(), null, typed)).toList();
    }

    @Test
    void aCoordinatorSaysWhenAGroupMeetsAndHalfATimeIsRefusedWithNothingChanged() throws Exception {
        signIn(COORDINATOR);
        UI.getCurrent().navigate("programme/groups");
        GroupsView view = _get(GroupsView.class);
        assertEquals("tirsdag kl. 14.00", meetsColumn(view), "the demo group's weekly meeting");
        GridKt._clickItem(view.grid(), 0);
        _get(com.vaadin.flow.component.timepicker.TimePicker.class, spec -> spec.withLabel("Klokken")).clear();
        _click(_get(Button.class, spec -> spec.withId("group-save")));
        assertEquals("Vælg både dag og klokkeslæt for gruppens møde – eller ingen af dem.",
                _get(Paragraph.class, spec -> spec.withClasses("group-problem")).getText());
        assertEquals(java.util.Optional.of(new dk.nextwork.program.WeeklyMeeting(java.time.DayOfWeek.TUESDAY,
                java.time.LocalTime.of(14, 0))), programme.allGroups().get(0).meets(), "nothing changed");
        _setValue(_get(com.vaadin.flow.component.timepicker.TimePicker.class, spec -> spec.withLabel("Klokken")),
                java.time.LocalTime.of(9, 30));
        _setValue(_get(ComboBox.class, spec -> spec.withLabel("Mødes om")), java.time.DayOfWeek.WEDNESDAY);
        _click(_get(Button.class, spec -> spec.withId("group-save")));
        assertEquals("onsdag kl. 09.30", meetsColumn(view));
        LocalDate next = programme.allGroups().get(0).meets().orElseThrow().nextOn(today);
        assertEquals(java.time.DayOfWeek.WEDNESDAY, next.getDayOfWeek());
        assertTrue(!next.isBefore(today) && next.isBefore(today.plusWeeks(1)), "the next Wednesday, or today");
    }

    @Test
    void aCoordinatorEndsAGroupOnADayNotToComeAndOpensItAgain() throws Exception {
        signIn(COORDINATOR);
        UI.getCurrent().navigate("programme/groups");
        GroupsView view = _get(GroupsView.class);
        GridKt._clickItem(view.grid(), 0);
        _click(_get(Button.class, spec -> spec.withId("group-end")));
        com.vaadin.flow.component.datepicker.DatePicker lastDay = _get(com.vaadin.flow.component.datepicker.DatePicker.class,
                spec -> spec.withId("group-last-day"));
        assertEquals(today, lastDay.getValue(), "today, unless the coordinator says otherwise");
        _setValue(lastDay, today.plusDays(1));
        _click(_get(Button.class, spec -> spec.withId("group-end-save")));
        assertEquals("Vælg gruppens sidste dag: i dag eller tidligere.",
                _get(Paragraph.class, spec -> spec.withClasses("group-problem")).getText());
        assertFalse(programme.allGroups().get(0).isEnded(), "nothing changed");
        _setValue(lastDay, today.minusDays(2));
        _click(_get(Button.class, spec -> spec.withId("group-end-save")));
        assertEquals(java.util.Optional.of(today.minusDays(2)), programme.allGroups().get(0).ended());
        String ended = meetsColumn(view);
        assertTrue(ended.startsWith("Afsluttet ") && !ended.contains(today.minusDays(2).toString()), ended);

        GridKt._clickItem(view.grid(), 0);
        _click(_get(Button.class, spec -> spec.withId("group-reopen")));
        assertEquals("tirsdag kl. 14.00", meetsColumn(view), "meeting as before");
        assertFalse(programme.allGroups().get(0).isEnded());
    }

    private static String meetsColumn(GroupsView view) {
        return GridKt._getFormatted(view.grid().getColumns().get(2), view.shown().get(0));
    }

    @Test
    void savingAGroupOrAMeetingNeverDropsAYoungPersonTheSaverCannotSee() throws Exception {
        String noah = identity.accounts.findByEmail("noah.vestergaard@nextwork.example").orElseThrow().id();
        String mikkel = identity.accounts.findByEmail("youth@nextwork.example").orElseThrow().id();
        SignedInUser admin = new SignedInUser("admin-1", "a@example.org", "Drift", Set.of(Role.ADMIN), null, "da");
        Set<String> members = programme.allGroups().get(0).members();
        assertTrue(members.containsAll(Set.of(mikkel, noah)), "the demo's Tirsdagsgruppen");
        identity.accounts.setActive(admin, noah, false); // his account is off: no list shows him any more
        signIn(COORDINATOR);
        UI.getCurrent().navigate("programme/groups");
        GridKt._clickItem(_get(GroupsView.class).grid(), 0);
        _click(_get(Button.class, spec -> spec.withId("group-save"))); // saved as shown, without him
        assertEquals(members, programme.allGroups().get(0).members(), "he is still in the group");

        String jonasId = identity.accounts.findByEmail("counsellor@nextwork.example").orElseThrow().id();
        Meetings meetings = new Meetings(running.platform().repository(), identity.audit, running.clock());
        SignedInUser jonas = new SignedInUser(jonasId, "counsellor@nextwork.example", "Jonas", Set.of(Role.COUNSELLOR),
                null, "da");
        meetings.recordGroupMeeting(jonas, "tirsdagsgruppen", today,
                new dk.nextwork.program.Selection(Set.of(mikkel, noah), Set.of(mikkel, noah)));
        VaadinShell.stop();
        signIn(jonas);
        UI.getCurrent().navigate("programme/meetings");
        _click(_get(Button.class, spec -> spec.withId("group-meeting-record")));
        _setValue(_get(DatePicker.class, spec -> spec.withLabel("Dato")), today);
        _click(_get(Button.class, spec -> spec.withId("meeting-save"))); // nobody ticked among those shown
        assertEquals(Set.of(noah), meetings.groupMeetings(jonas, "tirsdagsgruppen").get(0).attended(),
                "what the counsellor could not see is kept");
    }

    @Test
    void administratorsRunTheSystemNotTheProgramme() throws Exception {
        SignedInUser admin = new SignedInUser("admin-1", "a@example.org", "Drift", Set.of(Role.ADMIN), null, "da");
        signIn(admin);
        for (String route : List.of("programme/young-people", "programme/placements", "programme/companies",
                "programme/groups", "programme/meetings")) {
            UI.getCurrent().navigate(route);
            assertEquals(1, _find(AccessDeniedView.class).size(), route);
        }
        NetworkGroups groups = new NetworkGroups(running.platform().repository(), identity.accounts, identity.audit);
        Set<String> before = programme.allGroups().get(0).members();
        assertThrows(dk.nextwork.identity.AccessDeniedException.class, () -> groups.setMembers(admin, "tirsdagsgruppen",
                new dk.nextwork.program.Selection(before, Set.of())));
        assertEquals(before, programme.allGroups().get(0).members(), "nothing changed");
        assertThrows(dk.nextwork.identity.AccessDeniedException.class, () -> new Enrolments(running.platform().repository(),
                identity.accounts, identity.audit, running.clock()).open(new Caller(admin, "test"), sofie));
    }
}

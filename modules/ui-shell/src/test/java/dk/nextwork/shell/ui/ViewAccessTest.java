package dk.nextwork.shell.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.sidenav.SideNavItem;

import dk.nextwork.identity.Caller;
import dk.nextwork.identity.CompanyDirectory;
import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.Relationships;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignInResult;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.testing.RunningPlatform;

/**
 * The access matrix through the Vaadin views (Karibu-Testing): for every role and every route,
 * what is shown and what is refused, including other young people's pages, cross-company and
 * cross-group attempts and guessed ids.
 */
class ViewAccessTest {

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private IdentityFixture identity;
    private String emma;
    private String noah;
    private String youth;

    /** The company representative works with Emma (placed with them); the counsellor with Noah (in their group). */
    private final Relationships relationships = new Relationships() {
        @Override
        public boolean worksWith(SignedInUser viewer, String person) {
            return youngPeopleWorkedWithBy(viewer).contains(person);
        }

        @Override
        public java.util.Set<String> youngPeopleWorkedWithBy(SignedInUser viewer) {
            java.util.Set<String> people = new java.util.HashSet<>();
            if (viewer.has(Role.COMPANY_REP)) {
                people.add(emma);
            }
            if (viewer.has(Role.COUNSELLOR)) {
                people.add(noah);
            }
            return people;
        }
    };

    @BeforeEach
    void accounts() throws Exception {
        identity = new IdentityFixture(running.platform(), running.clock());
        emma = identity.accounts.findByEmail("emma.friis@nextwork.example").orElseThrow().id();
        noah = identity.accounts.findByEmail("noah.vestergaard@nextwork.example").orElseThrow().id();
        youth = identity.accounts.findByEmail("youth@nextwork.example").orElseThrow().id();
    }

    @AfterEach
    void stop() {
        Shell.stop();
    }

    private SignedInUser user(String email, String password) throws Exception {
        return ((SignInResult.SignedIn) identity.signIn.signIn(email, password, Caller.anonymous("192.0.2.9"))).user();
    }

    private void as(SignedInUser user) {
        Shell.stop();
        Shell.start(identity, user, List.of(relationships));
    }

    /** What opening an address shows: the view's class, the refusal page or the sign-in view. */
    private Class<? extends Component> open(String address) {
        UI.getCurrent().navigate(address);
        if (!_find(AccessDeniedView.class).isEmpty()) {
            return AccessDeniedView.class;
        }
        return UI.getCurrent().getInternals().getActiveRouterTargetsChain().get(0).getClass().asSubclass(Component.class);
    }

    @SuppressWarnings("unchecked")
    private List<String> peopleListed() {
        open("people");
        return com.github.mvysny.kaributesting.v10.GridKt._findAll(
                (com.vaadin.flow.component.grid.Grid<UserAccount>) _get(com.vaadin.flow.component.grid.Grid.class))
                .stream().map(UserAccount::name).toList();
    }

    private void assertShows(Map<String, Class<? extends Component>> expected) {
        expected.forEach((address, view) -> assertEquals(view, open(address), address));
    }

    @Test
    void someoneNotSignedInIsSentToSignInForEveryProtectedView() throws Exception {
        as(null);
        assertShows(Map.of("people", LoginView.class, "people/" + emma, LoginView.class, "accounts", LoginView.class,
                "audit", LoginView.class, "profile", LoginView.class, "", LoginView.class, "me", LoginView.class,
                "login", LoginView.class, "forgot", ForgotPasswordView.class, "password", SetPasswordView.class));
    }

    @Test
    void aYoungPersonSeesTheirOwnPageAndNobodyElses() throws Exception {
        as(user("youth@nextwork.example", "demo-ung-2026"));
        assertShows(Map.of("", PersonView.class, "people/" + youth, PersonView.class,
                "people/" + emma, AccessDeniedView.class, "people/no-such-id", AccessDeniedView.class,
                "people", AccessDeniedView.class, "accounts", AccessDeniedView.class, "audit", AccessDeniedView.class,
                "profile", ProfileView.class));
        open("people/" + emma);
        assertTrue(_find(H1.class).stream().noneMatch(h -> h.getText().contains("Emma")), "nothing of Emma shows");
        assertTrue(identity.audit.about(emma, 10).stream().anyMatch(e -> e.action().equals("person.read.refused")
                && e.actor().equals(youth)), "the attempt is audited");
    }

    @Test
    void aCompanyRepresentativeSeesOnlyTheYoungPeoplePlacedWithThem() throws Exception {
        as(user("company@nextwork.example", "demo-virksomhed-2026"));
        assertShows(Map.of("", PeopleView.class, "people/" + emma, PersonView.class,
                "people/" + noah, AccessDeniedView.class, "people/" + youth, AccessDeniedView.class,
                "accounts", AccessDeniedView.class, "audit", AccessDeniedView.class));
        assertEquals(List.of("Emma Friis (demo)"), peopleListed());
        assertTrue(identity.audit.about(emma, 20).stream().anyMatch(e -> e.action().equals("person.listed")),
                "being listed is audited too");
        assertTrue(identity.audit.about(noah, 20).stream().noneMatch(e -> e.action().equals("person.listed")));
    }

    @Test
    void aCounsellorSeesOnlyTheYoungPeopleInTheirGroups() throws Exception {
        as(user("counsellor@nextwork.example", "demo-vejleder-2026"));
        assertShows(Map.of("", PeopleView.class, "people/" + noah, PersonView.class,
                "people/" + emma, AccessDeniedView.class, "accounts", AccessDeniedView.class,
                "audit", AccessDeniedView.class));
    }

    @Test
    void aCoordinatorSeesEveryYoungPersonAndTheAuditTrail() throws Exception {
        SignedInUser coordinator = user("coordinator@nextwork.example", "demo-koordinator-2026");
        as(coordinator);
        assertShows(Map.of("", PeopleView.class, "people/" + emma, PersonView.class, "people/" + noah, PersonView.class,
                "accounts", AccountsView.class, "audit", AuditView.class));
        assertEquals(8, peopleListed().size(), "eight young people in the demo");
        assertTrue(identity.audit.about(emma, 10).stream().anyMatch(e -> e.action().equals("person.read")
                && e.actor().equals(coordinator.id())));
        open("accounts");
        var roles = _get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Rolle"));
        assertEquals(Set.of(Role.YOUTH, Role.COMPANY_REP, Role.COUNSELLOR),
                Set.copyOf(roles.getListDataView().getItems().toList()), "a coordinator invites only these");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRepresentativesCompanyIsChosenByItsNameAndShownByItsName() throws Exception {
        identity.directories.add(() -> List.of(new CompanyDirectory.Company("surdejshjoernet", "Surdejshjørnet")));
        as(user("coordinator@nextwork.example", "demo-koordinator-2026"));
        open("accounts");
        _setValue(_get(TextField.class, spec -> spec.withLabel("Navn")), "Ny Repræsentant");
        _setValue(_get(com.vaadin.flow.component.textfield.EmailField.class, spec -> spec.withLabel("E-mailadresse")),
                "ny.rep@example.org");
        _setValue(_get(com.vaadin.flow.component.select.Select.class, spec -> spec.withLabel("Rolle")), Role.COMPANY_REP);
        var company = (com.vaadin.flow.component.combobox.ComboBox<CompanyDirectory.Company>) _get(
                com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Virksomhed"));
        assertEquals(List.of("Surdejshjørnet"),
                company.getListDataView().getItems().map(company.getItemLabelGenerator()).toList(), "names, not ids");
        _setValue(company, company.getListDataView().getItems().findFirst().orElseThrow());
        _click(_get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Opret og inviter")));
        assertEquals(java.util.Optional.of("surdejshjoernet"),
                identity.accounts.findByEmail("ny.rep@example.org").orElseThrow().company());

        as(user("company@nextwork.example", "demo-virksomhed-2026"));
        open("profile");
        assertEquals("Surdejshjørnet", _get(TextField.class, spec -> spec.withLabel("Virksomhed")).getValue());
    }

    @Test
    void anEditorAndAnAdministratorSeeNoPersonalData() throws Exception {
        as(user("editor@nextwork.example", "demo-redaktoer-2026"));
        assertShows(Map.of("", ProfileView.class, "people", AccessDeniedView.class, "people/" + emma, AccessDeniedView.class,
                "accounts", AccessDeniedView.class, "audit", AccessDeniedView.class));
        as(user("admin@nextwork.example", "demo-drift-2026"));
        assertShows(Map.of("", AccountsView.class, "accounts", AccountsView.class, "audit", AuditView.class,
                "people", AccessDeniedView.class, "people/" + emma, AccessDeniedView.class));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theAccountListAndTheAuditTrailAreInTheTrailOfEveryYoungPersonTheyShow() throws Exception {
        SignedInUser admin = user("admin@nextwork.example", "demo-drift-2026");
        as(admin);
        open("accounts");
        for (String young : List.of(emma, noah, youth)) {
            assertTrue(identity.audit.about(young, 20).stream().anyMatch(e -> e.action().equals("person.listed")
                    && e.actor().equals(admin.id()) && "account list".equals(e.detail())), young);
        }
        String editor = identity.accounts.findByEmail("editor@nextwork.example").orElseThrow().id();
        assertTrue(identity.audit.about(editor, 20).stream().noneMatch(e -> e.action().equals("person.listed")),
                "staff are not young people");

        open("audit");
        assertTrue(identity.audit.about(youth, 50).stream().anyMatch(e -> e.action().equals("audit.read")
                && e.actor().equals(admin.id())), "the recent entries named her: reading them is in her trail");
        var person = _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withLabel("Person"));
        UserAccount noahsAccount = identity.accounts.find(noah).orElseThrow();
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(person, noahsAccount);
        assertTrue(identity.audit.about(noah, 50).stream().anyMatch(e -> e.action().equals("audit.read")
                && e.actor().equals(admin.id()) && e.detail() == null), "reading his trail is in his trail");
    }

    @Test
    void aViewThatFailsTellsTheReferenceAndNeverTheException() throws Exception {
        as(user("coordinator@nextwork.example", "demo-koordinator-2026"));
        UI.getCurrent().navigate("test-failing");
        String shown = _get(UnexpectedErrorView.class).getElement().getTextRecursively();
        assertTrue(shown.contains("Noget gik galt") && shown.matches("(?s).*fejlreference [A-Z2-9]{8}.*"), shown);
        assertTrue(!shown.contains("Repository") && !shown.contains("/system") && !shown.contains("Exception"), shown);
    }

    @Test
    void aRefusedAccountIsExplainedInDanish() throws Exception {
        as(user("coordinator@nextwork.example", "demo-koordinator-2026"));
        open("accounts");
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                _get(com.vaadin.flow.component.textfield.TextField.class, spec -> spec.withLabel("Navn")), "Ny Ung");
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(
                _get(com.vaadin.flow.component.textfield.EmailField.class, spec -> spec.withLabel("E-mailadresse")),
                "youth@nextwork.example");
        @SuppressWarnings("unchecked")
        com.vaadin.flow.component.select.Select<Role> role = _get(com.vaadin.flow.component.select.Select.class,
                spec -> spec.withLabel("Rolle"));
        com.github.mvysny.kaributesting.v10.LocatorJ._setValue(role, Role.YOUTH);
        com.github.mvysny.kaributesting.v10.LocatorJ._click(
                _get(com.vaadin.flow.component.button.Button.class, spec -> spec.withText("Opret og inviter")));
        assertTrue(_find(com.vaadin.flow.component.html.Paragraph.class).stream()
                .anyMatch(p -> p.getText().equals("Der er allerede en konto med denne e-mailadresse.")));
    }

    @Test
    void theNavigationShowsEachRoleOnlyWhatItMayOpen() throws Exception {
        Map<String, List<String>> expected = Map.of(
                "youth@nextwork.example demo-ung-2026", List.of("Min side", "Min profil"),
                "coordinator@nextwork.example demo-koordinator-2026", List.of("Unge", "Konti", "Revisionsspor", "Min profil"),
                "admin@nextwork.example demo-drift-2026", List.of("Konti", "Revisionsspor", "Min profil"),
                "editor@nextwork.example demo-redaktoer-2026", List.of("Min profil"));
        for (var entry : expected.entrySet()) {
            String[] credentials = entry.getKey().split(" ");
            as(user(credentials[0], credentials[1]));
            open("profile");
            assertEquals(entry.getValue(), _find(SideNavItem.class).stream().map(SideNavItem::getLabel).toList(),
                    credentials[0]);
        }
    }
}

package dk.nextwork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.identity.internal.AccountStore;
import dk.nextwork.platform.testing.RunningPlatform;

/**
 * The paged listing of young people: name order as Danish readers expect, the name filter, the
 * counts, audit entries for the page only, writes seen at once, and each viewer's own people.
 */
class YoungPeopleListingTest {

    private static final SignedInUser ADMIN = new SignedInUser("admin-1", "a@example.org", "Drift", Set.of(Role.ADMIN), null, "da");
    private static final Caller COORDINATOR = caller(new SignedInUser("coordinator-1", "k@example.org", "Hanne",
            Set.of(Role.COORDINATOR), null, "da"));

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private IdentityFixture identity;
    private PersonAccess access;
    private final Set<String> placedWithTheCompany = new HashSet<>();
    private final Set<String> inTheCounsellorsGroup = new HashSet<>();
    private final Set<String> oncePlacedWithTheCompany = new HashSet<>();

    @BeforeEach
    void start() {
        identity = new IdentityFixture(running.platform(), running.clock());
        access = new PersonAccess(identity.accounts, identity.audit, List.of(new Relationships() {
            @Override
            public boolean worksWith(SignedInUser viewer, String person) {
                return youngPeopleWorkedWithBy(viewer).contains(person);
            }

            @Override
            public Set<String> youngPeopleWorkedWithBy(SignedInUser viewer) {
                Set<String> people = new HashSet<>();
                if (viewer.has(Role.COMPANY_REP)) {
                    people.addAll(placedWithTheCompany);
                }
                if (viewer.has(Role.COUNSELLOR)) {
                    people.addAll(inTheCounsellorsGroup);
                }
                return people;
            }

            @Override
            public boolean followsCourse(SignedInUser viewer, String person) {
                return youngPeopleWhoseCourseIsFollowedBy(viewer).contains(person);
            }

            @Override
            public Set<String> youngPeopleWhoseCourseIsFollowedBy(SignedInUser viewer) {
                return viewer.has(Role.COMPANY_REP) ? oncePlacedWithTheCompany : Set.of();
            }
        }));
    }

    @Test
    void pagesComeInDanishNameOrderAndTogetherAreTheWholeList() throws Exception {
        young("aase@example.org", "Åse Holm");
        young("zacharias@example.org", "Zacharias Berg");
        young("oern@example.org", "Ørn Lund");
        young("aeble@example.org", "Ærø Hansen");

        List<String> all = names(access.youngPeople(COORDINATOR, null, 0, 100));
        assertEquals(12, all.size(), "the eight demo young people and the four");
        assertEquals(List.of("Zacharias Berg", "Ærø Hansen", "Ørn Lund", "Åse Holm"), all.subList(8, 12),
                "Z, Æ, Ø, Å: the Danish alphabet's end");
        List<String> paged = new ArrayList<>();
        for (int offset = 0; offset < 12; offset += 5) {
            YoungPeoplePage page = access.youngPeople(COORDINATOR, "", offset, 5);
            assertEquals(12, page.total());
            paged.addAll(names(page));
        }
        assertEquals(all, paged);
        assertEquals(List.of(), access.youngPeople(COORDINATOR, null, 12, 5).people());
        assertEquals(12, access.countYoungPeople(COORDINATOR, null));
    }

    @Test
    void theFilterFindsNamesContainingItInAnyCase() throws Exception {
        young("aase@example.org", "Åse Holm");
        young("holger@example.org", "Holger Åsted");

        YoungPeoplePage page = access.youngPeople(COORDINATOR, " åS ", 0, 10);
        assertEquals(List.of("Holger Åsted", "Åse Holm"), names(page));
        assertEquals(2, page.total());
        assertEquals(2, access.countYoungPeople(COORDINATOR, "ÅS"));
        assertEquals(8, access.countYoungPeople(COORDINATOR, "(DEMO)"));
        assertEquals(1, access.youngPeople(COORDINATOR, "(demo)", 3, 1).people().size());
        assertEquals(0, access.countYoungPeople(COORDINATOR, "nobody by this name"));
    }

    @Test
    void onlyThePeopleOnThePageAreAuditedAsListed() throws Exception {
        YoungPeoplePage page = access.youngPeople(COORDINATOR, null, 2, 3);
        assertEquals(3, page.people().size());
        List<UserAccount> all = access.youngPeople(caller(ADMIN_AS_COORDINATOR), null, 0, 100).people();
        for (UserAccount person : all) {
            long listedByTheCoordinator = identity.audit.about(person.id(), 50).stream()
                    .filter(entry -> entry.action().equals("person.listed") && entry.actor().equals("coordinator-1")).count();
            assertEquals(page.people().contains(person) ? 1 : 0, listedByTheCoordinator, person.name());
        }
        access.countYoungPeople(COORDINATOR, null);
        UserAccount first = all.get(0);
        assertEquals(0, identity.audit.about(first.id(), 50).stream()
                .filter(entry -> entry.actor().equals("coordinator-1")).count(), "a count names no one");
    }

    private static final SignedInUser ADMIN_AS_COORDINATOR = new SignedInUser("coordinator-2", "k2@example.org", "Lis",
            Set.of(Role.COORDINATOR), null, "da");

    @Test
    void anAccountCreatedDeactivatedOrNoLongerYoungIsListedAsItIsRightAfterTheWrite() throws Exception {
        assertEquals(8, access.countYoungPeople(COORDINATOR, null), "the directory is read before the writes");
        UserAccount aase = young("aase@example.org", "Åse Holm");
        assertEquals(9, access.countYoungPeople(COORDINATOR, null));
        assertEquals(List.of("Åse Holm"), names(access.youngPeople(COORDINATOR, null, 8, 10)));

        identity.accounts.setActive(ADMIN, aase.id(), false);
        assertEquals(8, access.countYoungPeople(COORDINATOR, null), "an account that is off is listed for no one");
        identity.accounts.setActive(ADMIN, aase.id(), true);
        assertEquals(List.of("Åse Holm"), names(access.youngPeople(COORDINATOR, "åse", 0, 10)));

        identity.store.setRoles(aase.id(), Set.of(Role.COUNSELLOR), null);
        assertEquals(0, access.countYoungPeople(COORDINATOR, "åse"), "a counsellor now, not a young person");
        UserAccount counsellor = identity.accounts.create(ADMIN, "bo@example.org", "Bo Ravn", Set.of(Role.COUNSELLOR), null, "da");
        assertEquals(0, access.countYoungPeople(COORDINATOR, "bo ravn"), "only young people are listed");
        assertTrue(identity.accounts.find(counsellor.id()).isPresent());
    }

    @Test
    void aChangeSavedElsewhereArrivesThroughObservation() throws Exception {
        UserAccount aase = young("aase@example.org", "Åse Holm");
        assertEquals(1, access.countYoungPeople(COORDINATOR, "åse"));
        // as another app node (or an install task) would: straight into the repository, not through the store
        running.platform().repository().withServiceSession(session -> {
            session.getNode(AccountStore.ROOT + "/" + aase.id()).setProperty("name", "Åsa Holm");
            session.save();
            return null;
        });
        long until = System.currentTimeMillis() + 10_000;
        while (access.countYoungPeople(COORDINATOR, "åsa") == 0 && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        assertEquals(List.of("Åsa Holm"), names(access.youngPeople(COORDINATOR, "åsa", 0, 10)));
        assertEquals(0, access.countYoungPeople(COORDINATOR, "åse"));
    }

    @Test
    void representativesCounsellorsAndYoungPeopleAreListedOnlyTheirOwnPeople() throws Exception {
        String emma = id("emma.friis@nextwork.example");
        String noah = id("noah.vestergaard@nextwork.example");
        String sofie = id("sofie.ahmadi@nextwork.example");
        String youth = id("youth@nextwork.example");
        placedWithTheCompany.add(emma);
        inTheCounsellorsGroup.addAll(List.of(noah, sofie, "no-such-account"));
        oncePlacedWithTheCompany.add(noah);
        Caller representative = caller(new SignedInUser("rep-1", "r@example.org", "Sara", Set.of(Role.COMPANY_REP),
                "surdejshjoernet", "da"));
        Caller counsellor = caller(new SignedInUser("counsellor-1", "c@example.org", "Jonas", Set.of(Role.COUNSELLOR),
                null, "da"));

        assertEquals(List.of("Emma Friis (demo)"), names(access.youngPeople(representative, null, 0, 10)));
        assertEquals(1, access.countYoungPeople(representative, null));
        assertEquals(List.of("Emma Friis (demo)", "Noah Vestergaard (demo)"),
                names(access.youngPeopleFollowed(representative, null, 0, 10)), "whose course the company follows");
        assertEquals(2, access.countYoungPeopleFollowed(representative, null));
        YoungPeoplePage counsellors = access.youngPeople(counsellor, null, 1, 10);
        assertEquals(List.of("Sofie Ahmadi (demo)"), names(counsellors));
        assertEquals(2, counsellors.total());
        assertEquals(List.of("Noah Vestergaard (demo)"), names(access.youngPeople(counsellor, "noah", 0, 10)));
        assertEquals(List.of("Mikkel Holm (demo)"), names(access.youngPeople(caller(identity.accounts.find(youth)
                .map(YoungPeopleListingTest::user).orElseThrow()), null, 0, 10)), "a young person: only themselves");
        assertEquals(0, access.countYoungPeople(caller(ADMIN), null), "administrators see no young person");

        identity.accounts.setActive(ADMIN, sofie, false);
        assertEquals(List.of("Noah Vestergaard (demo)"), names(access.youngPeople(counsellor, null, 0, 10)));

        assertEquals(List.of("Noah Vestergaard (demo)"), access.youngPeopleAmong(counsellor, List.of(emma, noah, sofie))
                .stream().map(UserAccount::name).toList(), "of the ids asked for, only those the counsellor may see");
        assertEquals(0, identity.audit.about(emma, 50).stream().filter(entry -> entry.actor().equals("counsellor-1")).count());
        assertEquals(List.of(noah), access.visibleAmong(counsellor.user(), List.of(emma, noah), "vest"));
        assertEquals(List.of(), access.visibleAmong(counsellor.user(), List.of(emma, noah), "emma"));
        assertEquals(List.of(emma, noah), access.visibleAmong(COORDINATOR.user(), List.of(noah, emma, "no-such-account"), null),
                "in name order");
        assertEquals(List.of(noah), access.visibleNamed(counsellor.user(), "vest", 10), "by name, of those they may see");
        assertEquals(List.of(), access.visibleNamed(counsellor.user(), "emma", 10));
        assertEquals(List.of(emma), access.visibleNamed(COORDINATOR.user(), "EMMA", 10), "a coordinator's from the directory");
        List<String> named = access.visibleNamed(COORDINATOR.user(), "(demo)", 3);
        assertEquals(access.youngPeople(COORDINATOR, "(demo)", 0, 3).people().stream().map(UserAccount::id).toList(), named,
                "at most as many as asked for, in name order");
        assertEquals(0, identity.audit.about(emma, 50).stream().filter(entry -> entry.actor().equals("counsellor-1")).count(),
                "ids only: not audited");
    }

    @Test
    void theAccountListIsPagedInDanishNameOrderAndAuditsTheYoungPeopleOnThePageOnly() throws Exception {
        young("aase@example.org", "Åse Holm");
        identity.accounts.create(ADMIN, "zoe@example.org", "Zoe Staff", Set.of(Role.COUNSELLOR), null, "da");
        Caller admin = caller(ADMIN);
        List<UserAccount> all = identity.accounts.listFor(admin, null, 0, 100).accounts();
        assertEquals(16, all.size(), "the fourteen demo accounts and the two");
        assertEquals(List.of("Zoe Staff", "Åse Holm"), all.subList(14, 16).stream().map(UserAccount::name).toList());
        assertEquals(16, identity.accounts.countFor(admin, ""));
        AccountPage page = identity.accounts.listFor(COORDINATOR, "", 3, 4);
        assertEquals(all.subList(3, 7), page.accounts());
        assertEquals(16, page.total());
        for (UserAccount account : all) {
            long listed = identity.audit.about(account.id(), 50).stream().filter(entry -> entry.action().equals("person.listed")
                    && entry.actor().equals("coordinator-1") && "account list".equals(entry.detail())).count();
            assertEquals(page.accounts().contains(account) && account.has(Role.YOUTH) ? 1 : 0, listed, account.name());
        }
        assertEquals(List.of("Zoe Staff"), identity.accounts.listFor(admin, "ZOE", 0, 10).accounts().stream()
                .map(UserAccount::name).toList());
        identity.accounts.setActive(ADMIN, all.get(15).id(), false);
        assertEquals(16, identity.accounts.countFor(admin, null), "an account that is off is still on the account list");
        Caller editor = caller(new SignedInUser("editor-1", "e@example.org", "Red", Set.of(Role.EDITOR), null, "da"));
        org.junit.jupiter.api.Assertions.assertThrows(AccessDeniedException.class, () -> identity.accounts.listFor(editor, null, 0, 10));
        org.junit.jupiter.api.Assertions.assertThrows(AccessDeniedException.class, () -> identity.accounts.countFor(editor, null));
    }

    private UserAccount young(String email, String name) throws Exception {
        return identity.accounts.create(ADMIN, email, name, Set.of(Role.YOUTH), null, "da");
    }

    private String id(String email) {
        return identity.accounts.findByEmail(email).orElseThrow().id();
    }

    private static SignedInUser user(UserAccount account) {
        return new SignedInUser(account.id(), account.email(), account.name(), account.roles(), null, "da");
    }

    private static Caller caller(SignedInUser user) {
        return new Caller(user, "192.0.2.1");
    }

    private static List<String> names(YoungPeoplePage page) {
        return page.people().stream().map(UserAccount::name).toList();
    }
}

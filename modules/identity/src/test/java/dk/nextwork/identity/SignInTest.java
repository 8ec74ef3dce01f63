package dk.nextwork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.testing.RunningPlatform;

/** Signing in with the demo accounts, and what repeated failures do. */
class SignInTest {

    private static final String CLIENT = "192.0.2.10";

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private final MutableClock clock = new MutableClock();
    private IdentityFixture identity;

    @BeforeEach
    void wire() {
        identity = new IdentityFixture(running.platform(), clock);
    }

    @Test
    void eachDemoAccountSignsInWithItsRole() throws Exception {
        SignInResult result = identity.signIn.signIn("Coordinator@NExTWORK.example ", "demo-koordinator-2026", Caller.anonymous(CLIENT));
        SignedInUser user = assertInstanceOf(SignInResult.SignedIn.class, result).user();
        assertEquals(Set.of(Role.COORDINATOR), user.roles());
        assertEquals("Hanne Lund (demo)", user.displayName());
        SignedInUser rep = ((SignInResult.SignedIn) identity.signIn.signIn("company@nextwork.example",
                "demo-virksomhed-2026", Caller.anonymous(CLIENT))).user();
        assertEquals("surdejshjoernet", rep.company());
        assertEquals(14, identity.accounts.all().size(), "one per role, seven more young people and the workshop's representative");
        assertEquals("signIn.success", identity.audit.about(user.id(), 10).get(0).action());
    }

    @Test
    void aWrongPasswordAndAnUnknownAddressGetTheSameAnswer() throws Exception {
        assertInstanceOf(SignInResult.WrongCredentials.class,
                identity.signIn.signIn("youth@nextwork.example", "demo-ung-2025", Caller.anonymous(CLIENT)));
        assertInstanceOf(SignInResult.WrongCredentials.class,
                identity.signIn.signIn("nobody@nextwork.example", "demo-ung-2026", Caller.anonymous(CLIENT)));
        assertInstanceOf(SignInResult.WrongCredentials.class, identity.signIn.signIn(null, null, Caller.anonymous(CLIENT)));
    }

    @Test
    void fiveFailuresAtOneClientMakeTheAddressWaitThereWithAPauseThatGrows() throws Exception {
        for (int i = 0; i < 5; i++) {
            assertInstanceOf(SignInResult.WrongCredentials.class,
                    identity.signIn.signIn("youth@nextwork.example", "wrong password " + i, Caller.anonymous(CLIENT)));
        }
        SignInResult waiting = identity.signIn.signIn("youth@nextwork.example", "demo-ung-2026", Caller.anonymous(CLIENT));
        assertEquals(Duration.ofMinutes(1), assertInstanceOf(SignInResult.TryLater.class, waiting).retryAfter(),
                "even the right password waits at that client");
        UserAccount youth = identity.accounts.findByEmail("youth@nextwork.example").orElseThrow();
        assertTrue(identity.audit.about(youth.id(), 20).stream().anyMatch(e -> e.action().equals("signIn.locked")));

        clock.advance(Duration.ofSeconds(61));
        assertInstanceOf(SignInResult.WrongCredentials.class,
                identity.signIn.signIn("youth@nextwork.example", "still wrong", Caller.anonymous(CLIENT)));
        SignInResult longer = identity.signIn.signIn("youth@nextwork.example", "demo-ung-2026", Caller.anonymous(CLIENT));
        assertEquals(Duration.ofMinutes(2), assertInstanceOf(SignInResult.TryLater.class, longer).retryAfter());

        clock.advance(Duration.ofMinutes(3));
        assertInstanceOf(SignInResult.SignedIn.class,
                identity.signIn.signIn("youth@nextwork.example", "demo-ung-2026", Caller.anonymous(CLIENT)));
        assertInstanceOf(SignInResult.WrongCredentials.class,
                identity.signIn.signIn("youth@nextwork.example", "wrong again", Caller.anonymous(CLIENT)), "the count starts over");
    }

    @Test
    void aStrangersGuessesNeverLockTheOwnerOut() throws Exception {
        String stranger = "203.0.113.66";
        for (int i = 0; i < 8; i++) {
            identity.signIn.signIn("youth@nextwork.example", "guess " + i, Caller.anonymous(stranger));
        }
        assertInstanceOf(SignInResult.TryLater.class,
                identity.signIn.signIn("youth@nextwork.example", "demo-ung-2026", Caller.anonymous(stranger)), "the stranger waits");
        assertInstanceOf(SignInResult.SignedIn.class,
                identity.signIn.signIn("youth@nextwork.example", "demo-ung-2026", Caller.anonymous(CLIENT)), "the owner does not");
    }

    @Test
    void anAddressWithoutAnAccountIsAnsweredExactlyAsOneWithAnAccount() throws Exception {
        List<String> known = new java.util.ArrayList<>();
        List<String> unknown = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            known.add(answer(identity.signIn.signIn("youth@nextwork.example", "guess " + i, Caller.anonymous(CLIENT))));
            unknown.add(answer(identity.signIn.signIn("no.such.person@nextwork.example", "guess " + i, Caller.anonymous(CLIENT))));
        }
        assertEquals(known, unknown);
        assertEquals("TryLater PT1M", known.get(5), "both wait after five failures: " + known);
    }

    private static String answer(SignInResult result) {
        return result instanceof SignInResult.TryLater later ? "TryLater " + later.retryAfter()
                : result.getClass().getSimpleName();
    }

    @Test
    void aPasswordSetThroughAResetLinkEndsEveryWaitOfTheAddress() throws Exception {
        for (int i = 0; i < 6; i++) {
            identity.signIn.signIn("youth@nextwork.example", "guess " + i, Caller.anonymous(CLIENT));
        }
        assertInstanceOf(SignInResult.TryLater.class, identity.signIn.signIn("youth@nextwork.example", "x", Caller.anonymous(CLIENT)));
        identity.links.requestReset("youth@nextwork.example", Caller.anonymous(CLIENT));
        String mail = identity.mail.outboxMessages().get(0).text();
        java.util.regex.Matcher link = java.util.regex.Pattern.compile("token=([A-Za-z0-9_-]{43})").matcher(mail);
        assertTrue(link.find(), mail);
        identity.links.setPassword(link.group(1), "sommerfugle over engen", Caller.anonymous(CLIENT));
        assertInstanceOf(SignInResult.SignedIn.class,
                identity.signIn.signIn("youth@nextwork.example", "sommerfugle over engen", Caller.anonymous(CLIENT)));
    }

    @Test
    void oneAddressTryingManyAccountsIsMadeToWait() throws Exception {
        List<String> addresses = List.of("youth", "company", "counsellor", "coordinator", "editor", "admin");
        for (int i = 0; i < 20; i++) {
            identity.signIn.signIn(addresses.get(i % addresses.size()) + "@nextwork.example", "guess " + i, Caller.anonymous(CLIENT));
        }
        assertInstanceOf(SignInResult.TryLater.class,
                identity.signIn.signIn("editor@nextwork.example", "demo-redaktoer-2026", Caller.anonymous(CLIENT)));
        assertInstanceOf(SignInResult.SignedIn.class,
                identity.signIn.signIn("editor@nextwork.example", "demo-redaktoer-2026", Caller.anonymous("198.51.100.7")),
                "another address is not held up");
    }

    @Test
    void passwordsAppearNeitherInTheLogNorInTheRepository() throws Exception {
        PrintStream original = System.err;
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        System.setErr(new PrintStream(log, true));
        try {
            for (int i = 0; i < 7; i++) {
                identity.signIn.signIn("admin@nextwork.example", "hemmelig-forkert-kode", Caller.anonymous(CLIENT));
            }
            identity.signIn.signIn("admin@nextwork.example", "demo-drift-2026", Caller.anonymous("198.51.100.8"));
        } finally {
            System.setErr(original);
        }
        assertTrue(log.toString().contains("paused"), "the pause is logged: " + log);
        assertTrue(!log.toString().contains("hemmelig-forkert-kode") && !log.toString().contains("demo-drift-2026"), log.toString());
        String everything = RepositoryText.of(running.platform(), "/");
        assertTrue(!everything.contains("demo-drift-2026") && !everything.contains("hemmelig-forkert-kode"));
        assertTrue(everything.contains("$argon2id$"), "hashes only");
    }
}

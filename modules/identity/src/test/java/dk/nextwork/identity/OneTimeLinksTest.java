package dk.nextwork.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dk.nextwork.platform.testing.RunningPlatform;

/** Invitations and password resets through the outbox (demo mode has no mail server). */
class OneTimeLinksTest {

    private static final Pattern LINK = Pattern.compile("http://localhost:\\d+/app/password\\?token=([A-Za-z0-9_-]{43})");

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private final MutableClock clock = new MutableClock();
    private IdentityFixture identity;
    private SignedInUser coordinator;

    @BeforeEach
    void wire() throws Exception {
        identity = new IdentityFixture(running.platform(), clock);
        coordinator = ((SignInResult.SignedIn) identity.signIn.signIn("coordinator@nextwork.example",
                "demo-koordinator-2026", Caller.anonymous("192.0.2.1"))).user();
    }

    private String tokenInNewestMail(String to) throws Exception {
        List<Mail.OutboxMessage> messages = identity.mail.outboxMessages();
        Mail.OutboxMessage message = messages.stream().filter(m -> m.to().equals(to)).findFirst().orElseThrow();
        Matcher link = LINK.matcher(message.text());
        assertTrue(link.find(), message.text());
        return link.group(1);
    }

    @Test
    void anInviteeChoosesAPasswordOnceThroughTheLink() throws Exception {
        UserAccount invitee = identity.accounts.create(coordinator, "ny.vejleder@example.org", "Lise Nygaard",
                Set.of(Role.COUNSELLOR), null, "da");
        assertTrue(identity.links.invite(coordinator, invitee.id()));
        Mail.OutboxMessage mail = identity.mail.outboxMessages().get(0);
        assertEquals("Din konto i NExTWORK", mail.subject());
        assertTrue(mail.text().startsWith("Hej Lise Nygaard"), mail.text());
        String token = tokenInNewestMail("ny.vejleder@example.org");
        assertEquals(invitee.id(), identity.links.accountFor(token).orElseThrow().id());

        PasswordRejectedException weak = assertThrows(PasswordRejectedException.class,
                () -> identity.links.setPassword(token, "password1234", Caller.anonymous("192.0.2.2")));
        assertEquals("identity.refused.password.common", weak.reason());
        assertTrue(identity.links.accountFor(token).isPresent(), "a rejected password does not use up the link");

        identity.links.setPassword(token, "blå cykel på havnen", Caller.anonymous("192.0.2.2"));
        assertInstanceOf(SignInResult.SignedIn.class,
                identity.signIn.signIn("ny.vejleder@example.org", "blå cykel på havnen", Caller.anonymous("192.0.2.2")));
        assertTrue(identity.links.accountFor(token).isEmpty(), "used once");
        assertThrows(IllegalArgumentException.class,
                () -> identity.links.setPassword(token, "en helt anden kode her", Caller.anonymous("192.0.2.2")));
        assertTrue(identity.audit.about(invitee.id(), 10).stream().anyMatch(e -> e.action().equals("password.set")));
    }

    @Test
    void onlyThoseWhoMayCreateAnAccountMayInviteIt() throws Exception {
        SignedInUser youth = ((SignInResult.SignedIn) identity.signIn.signIn("youth@nextwork.example", "demo-ung-2026",
                Caller.anonymous("192.0.2.1"))).user();
        UserAccount admin = identity.accounts.findByEmail("admin@nextwork.example").orElseThrow();
        UserAccount emma = identity.accounts.findByEmail("emma.friis@nextwork.example").orElseThrow();
        assertThrows(AccessDeniedException.class, () -> identity.links.invite(youth, emma.id()));
        assertThrows(AccessDeniedException.class, () -> identity.links.invite(coordinator, admin.id()),
                "a coordinator does not invite administrators");
        assertThrows(AccessDeniedException.class, () -> identity.accounts.create(coordinator, "ny@example.org", "Ny Admin",
                Set.of(Role.ADMIN), null, "da"));
        assertEquals(0, identity.mail.outboxMessages().size());
        assertTrue(identity.links.invite(coordinator, emma.id()));
    }

    @Test
    void anExpiredLinkNoLongerWorks() throws Exception {
        UserAccount invitee = identity.accounts.create(coordinator, "sent@example.org", "Ole Sent",
                Set.of(Role.YOUTH), null, "en");
        identity.links.invite(coordinator, invitee.id());
        String token = tokenInNewestMail("sent@example.org");
        assertEquals("Your NExTWORK account", identity.mail.outboxMessages().get(0).subject(), "in the invitee's language");
        clock.advance(OneTimeLinks.INVITATION_LIFETIME.minusMinutes(1));
        assertTrue(identity.links.accountFor(token).isPresent(), "a minute before it expires by the clock");
        clock.advance(Duration.ofMinutes(1));
        assertTrue(identity.links.accountFor(token).isEmpty());
        assertThrows(IllegalArgumentException.class,
                () -> identity.links.setPassword(token, "grøn kaffe om morgenen", Caller.anonymous("192.0.2.3")));
        assertEquals(1, identity.tokenStore.pruneExpired(), "an expired link is cleared away");
        assertEquals(0, identity.tokenStore.pruneExpired());
    }

    @Test
    void aResetIsSentOnlyToAnExistingAccountAndReplacesThePasswordOnce() throws Exception {
        identity.links.requestReset("ingen@example.org", Caller.anonymous("192.0.2.4"));
        assertEquals(0, identity.mail.outboxMessages().size(), "no mail, but the same answer");

        identity.links.requestReset("YOUTH@nextwork.example", Caller.anonymous("192.0.2.4"));
        String token = tokenInNewestMail("youth@nextwork.example");
        assertEquals("Nulstil din adgangskode til NExTWORK", identity.mail.outboxMessages().get(0).subject());
        identity.links.setPassword(token, "regn på ruden i nat", Caller.anonymous("192.0.2.4"));
        assertInstanceOf(SignInResult.WrongCredentials.class,
                identity.signIn.signIn("youth@nextwork.example", "demo-ung-2026", Caller.anonymous("192.0.2.4")));
        assertInstanceOf(SignInResult.SignedIn.class,
                identity.signIn.signIn("youth@nextwork.example", "regn på ruden i nat", Caller.anonymous("192.0.2.4")));
        assertThrows(IllegalArgumentException.class,
                () -> identity.links.setPassword(token, "en anden nat med regn", Caller.anonymous("192.0.2.4")));
    }

    @Test
    void resetMailsAreLimitedPerAccountAndTheAnswerStaysTheSame() throws Exception {
        for (int i = 0; i < 4; i++) {
            identity.links.requestReset("youth@nextwork.example", Caller.anonymous("192.0.2.4")); // answers the same every time
        }
        assertEquals(1, identity.mail.outboxMessages().size(), "one mail within five minutes");
        UserAccount youth = identity.accounts.findByEmail("youth@nextwork.example").orElseThrow();
        Instant now = clock.instant();
        assertEquals(false, identity.store.mayMailReset(youth.id(), now.plusSeconds(60)));
        assertEquals(true, identity.store.mayMailReset(youth.id(), now.plusSeconds(6 * 60)));
        assertEquals(true, identity.store.mayMailReset(youth.id(), now.plusSeconds(12 * 60)));
        assertEquals(false, identity.store.mayMailReset(youth.id(), now.plusSeconds(18 * 60)), "three a day");
        assertEquals(true, identity.store.mayMailReset(youth.id(), now.plus(java.time.Duration.ofHours(25))));
        assertTrue(identity.audit.about(youth.id(), 20).stream()
                .anyMatch(e -> "not sent: reset mails are limited".equals(e.detail())));
    }

    @Test
    void theLimitOnResetMailsAndTheResetLinkGoByTheClock() throws Exception {
        Instant first = clock.instant();
        identity.links.requestReset("youth@nextwork.example", Caller.anonymous("192.0.2.4"));
        clock.advance(Duration.ofMinutes(4));
        identity.links.requestReset("youth@nextwork.example", Caller.anonymous("192.0.2.4"));
        assertEquals(1, identity.mail.outboxMessages().size(), "four minutes later by the clock: not yet");
        String firstLink = tokenInNewestMail("youth@nextwork.example");

        clock.advance(Duration.ofMinutes(2));
        identity.links.requestReset("youth@nextwork.example", Caller.anonymous("192.0.2.4"));
        List<Mail.OutboxMessage> sent = identity.mail.outboxMessages();
        assertEquals(2, sent.size(), "six minutes later by the clock: sent");
        assertEquals(clock.instant().truncatedTo(ChronoUnit.SECONDS), sent.get(0).written(), "dated by the clock");
        assertEquals(first.truncatedTo(ChronoUnit.SECONDS), sent.get(1).written());

        assertTrue(identity.links.accountFor(firstLink).isPresent(), "six minutes into its hour");
        clock.advance(OneTimeLinks.RESET_LIFETIME.minusMinutes(6));
        assertTrue(identity.links.accountFor(firstLink).isEmpty(), "an hour after it was sent, by the clock");
        assertTrue(identity.links.accountFor(tokenInNewestMail("youth@nextwork.example")).isPresent());
    }

    @Test
    void anApiTokenLastsThirtyDaysByTheClock() throws Exception {
        ApiTokens.IssuedToken issued = identity.apiTokens.issue(new Caller(coordinator, "192.0.2.5"));
        assertEquals(clock.instant().plus(ApiTokens.LIFETIME), issued.expires());
        clock.advance(ApiTokens.LIFETIME.minusMinutes(1));
        assertTrue(identity.apiTokens.userOf(issued.token()).isPresent());
        clock.advance(Duration.ofMinutes(1));
        assertTrue(identity.apiTokens.userOf(issued.token()).isEmpty());
    }

    @Test
    void aNewAccountIsCreatedAtTheClocksMoment() throws Exception {
        clock.advance(Duration.ofDays(3));
        UserAccount created = identity.accounts.create(coordinator, "ny.vejleder@example.org", "Lise Nygaard",
                Set.of(Role.COUNSELLOR), null, "da");
        assertEquals(clock.instant(), created.created());
        assertEquals(clock.instant(), identity.accounts.find(created.id()).orElseThrow().created());
    }

    @Test
    void aNewPasswordEndsEveryApiTokenMadeWithTheOldOne() throws Exception {
        SignedInUser youth = SignedInUser.of(identity.accounts.findByEmail("youth@nextwork.example").orElseThrow());
        ApiTokens.IssuedToken before = identity.apiTokens.issue(new Caller(youth, "192.0.2.6"));
        identity.accounts.changePassword(new Caller(youth, "192.0.2.6"), "demo-ung-2026", "måger over fjorden i dag");
        assertTrue(identity.apiTokens.userOf(before.token()).isEmpty(), "changed in the profile");

        ApiTokens.IssuedToken again = identity.apiTokens.issue(new Caller(youth, "192.0.2.6"));
        identity.links.requestReset("youth@nextwork.example", Caller.anonymous("192.0.2.6"));
        identity.links.setPassword(tokenInNewestMail("youth@nextwork.example"), "tang på stranden i aften", Caller.anonymous("192.0.2.6"));
        assertTrue(identity.apiTokens.userOf(again.token()).isEmpty(), "set through a reset link");
    }

    @Test
    void theCurrentPasswordInTheProfileWaitsAfterRepeatedWrongGuessesAsSignInDoes() throws Exception {
        SignedInUser youth = SignedInUser.of(identity.accounts.findByEmail("youth@nextwork.example").orElseThrow());
        for (int i = 0; i < 5; i++) {
            PasswordRejectedException wrong = assertThrows(PasswordRejectedException.class, () ->
                    identity.accounts.changePassword(new Caller(youth, "192.0.2.7"), "gæt nummer et", "måger over fjorden i dag"));
            assertEquals("identity.refused.password.wrongCurrent", wrong.reason());
        }
        PasswordRejectedException waiting = assertThrows(PasswordRejectedException.class, () ->
                identity.accounts.changePassword(new Caller(youth, "192.0.2.7"), "demo-ung-2026", "måger over fjorden i dag"));
        assertEquals("identity.refused.password.tryLater", waiting.reason());
        assertEquals(1L, waiting.values()[0], "minutes to wait");
        assertInstanceOf(SignInResult.TryLater.class,
                identity.signIn.signIn("youth@nextwork.example", "demo-ung-2026", Caller.anonymous("192.0.2.7")), "one count for both");
    }

    @Test
    void anApiTokenWorksUntilItsOwnerSignsOutEverywhere() throws Exception {
        ApiTokens.IssuedToken issued = identity.apiTokens.issue(new Caller(coordinator, "192.0.2.5"));
        assertEquals(coordinator.id(), identity.apiTokens.userOf(issued.token()).orElseThrow().id());
        long epoch = identity.signIn.sessionEpoch(coordinator.id());
        assertTrue(identity.signIn.resume(coordinator.id(), epoch).isPresent());
        identity.accounts.signOutEverywhere(coordinator.id(), new Caller(coordinator, "192.0.2.5"));
        assertTrue(identity.apiTokens.userOf(issued.token()).isEmpty());
        assertTrue(identity.signIn.resume(coordinator.id(), epoch).isEmpty(), "sessions started before end");
        assertTrue(identity.apiTokens.userOf("not-a-token").isEmpty());
    }

    @Test
    void accountsNeedAnAddressANameARoleAndACompanyExactlyForRepresentatives() throws Exception {
        assertThrows(AccountRefusedException.class, () -> identity.accounts.create(coordinator, "no-address",
                "X", Set.of(Role.YOUTH), null, "da"));
        assertThrows(AccountRefusedException.class, () -> identity.accounts.create(coordinator, "a@example.org",
                " ", Set.of(Role.YOUTH), null, "da"));
        assertThrows(AccountRefusedException.class, () -> identity.accounts.create(coordinator, "a@example.org",
                "A", Set.of(), null, "da"));
        assertThrows(AccountRefusedException.class, () -> identity.accounts.create(coordinator, "a@example.org",
                "A", Set.of(Role.COMPANY_REP), null, "da"));
        assertThrows(AccountRefusedException.class, () -> identity.accounts.create(coordinator, "a@example.org",
                "A", Set.of(Role.YOUTH), "surdejshjoernet", "da"));
        assertThrows(AccountRefusedException.class, () -> identity.accounts.create(coordinator,
                "Youth@nextwork.example", "A", Set.of(Role.YOUTH), null, "da"), "one account per address");
        assertEquals(14, identity.accounts.all().size(), "nothing was created");
    }
}

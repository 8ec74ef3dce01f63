package dk.nextwork.messaging.internal;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.Session;

import dk.nextwork.identity.Accounts;
import dk.nextwork.messaging.Channel;
import dk.nextwork.messaging.journal.EntryDraft;
import dk.nextwork.messaging.journal.EntryKind;
import dk.nextwork.messaging.journal.Feeling;
import dk.nextwork.platform.module.InstallContext;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;
import dk.nextwork.program.WeeklyMeeting;

/**
 * The demo's experiences (all fictional): Mikkel keeps two to himself and has put one on
 * Tirsdagsgruppen's agenda for the next meeting, where Jonas has already answered; Noah has
 * shared one too.
 */
final class JournalDemo {

    private static final String GROUP = Programme.GROUPS + "/tirsdagsgruppen";

    private JournalDemo() {
    }

    static void add(InstallContext context) throws Exception {
        Session session = context.session();
        Optional<String> mikkel = Accounts.idOf(session, "youth@nextwork.example");
        Optional<String> noah = Accounts.idOf(session, "noah.vestergaard@nextwork.example");
        Optional<String> jonas = Accounts.idOf(session, "counsellor@nextwork.example");
        if (mikkel.isEmpty() || noah.isEmpty() || jonas.isEmpty() || !session.nodeExists(GROUP)
                || session.getNode(JournalStore.ROOT).hasNode(mikkel.get())) {
            return;
        }
        Node group = session.getNode(GROUP);
        if (!group.hasProperty(Programme.MEETS_ON) || !group.hasProperty(Programme.MEETS_AT)) {
            return;
        }
        Instant now = context.clock().instant();
        LocalDate today = PortalTime.today(context.clock());
        WeeklyMeeting meets = new WeeklyMeeting(DayOfWeek.valueOf(group.getProperty(Programme.MEETS_ON).getString()),
                LocalTime.parse(group.getProperty(Programme.MEETS_AT).getString()));
        LocalDateTime meeting = meets.nextOn(today).atTime(meets.time());
        if (meeting.isBefore(LocalDateTime.now(context.clock().withZone(PortalTime.ZONE)))) {
            meeting = meeting.plusWeeks(1);
        }
        Optional<String> workplace = Programme.placementsIn(session).stream()
                .filter(placement -> placement.youngPerson().equals(mikkel.get()) && !placement.start().isAfter(today))
                .min(Placement.NEWEST_FIRST).map(Placement::company);

        JournalStore.add(session, mikkel.get(), new EntryDraft(
                "Jeg fik lov at stå for varemodtagelsen alene. Jeg var nervøs, men jeg spurgte min kontaktperson først, og så gik det fint.",
                EntryKind.WORK, today.minusDays(1), workplace, Optional.of(Feeling.GOOD)), now);
        JournalStore.add(session, mikkel.get(), new EntryDraft(
                "Frokostpausen var svær i starten, fordi jeg ikke kendte nogen. I dag spurgte jeg, om jeg måtte sidde med, og det var helt fint.",
                EntryKind.SOCIAL, today.minusDays(4), Optional.empty(), Optional.of(Feeling.MIXED)), now);
        String late = JournalStore.add(session, mikkel.get(), new EntryDraft(
                "Jeg kom for sent, fordi bussen var aflyst. Jeg ringede med det samme, og min kontaktperson sagde tak, fordi jeg sagde det.",
                EntryKind.WORK, today.minusDays(2), workplace, Optional.of(Feeling.HARD)), now);
        JournalStore.share(JournalStore.node(session, mikkel.get(), late).orElseThrow(), "tirsdagsgruppen", meeting,
                now.minusSeconds(3600 * 20));
        MessageStore.append(session, Channel.entryId(mikkel.get(), late), jonas.get(),
                "Godt, at du ringede med det samme. Lad os tale om, hvad man kan gøre, når bussen svigter.", now.minusSeconds(3600 * 18), 0,
                List.of());

        String football = JournalStore.add(session, noah.get(), new EntryDraft(
                "Jeg tog med kollegerne til fodbold efter arbejde. Jeg kendte kun én, men de var søde til at snakke med mig.",
                EntryKind.SOCIAL, today.minusDays(3), Optional.empty(), Optional.of(Feeling.GREAT)), now);
        JournalStore.share(JournalStore.node(session, noah.get(), football).orElseThrow(), "tirsdagsgruppen", meeting,
                now.minusSeconds(3600 * 30));
    }
}

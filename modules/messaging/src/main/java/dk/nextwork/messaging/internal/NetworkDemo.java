package dk.nextwork.messaging.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.Session;

import dk.nextwork.identity.Accounts;
import dk.nextwork.messaging.Channel;
import dk.nextwork.platform.module.InstallContext;
import dk.nextwork.platform.time.PortalTime;

/**
 * The demo's company network meetings (all fictional), on the first Thursday of a month at 8.30:
 * the last one held, with Hanne's notes, and the next one, with Sara's experience from the
 * channel on its agenda.
 */
final class NetworkDemo {

    static final LocalTime AT = LocalTime.of(8, 30);

    private NetworkDemo() {
    }

    static void add(InstallContext context) throws Exception {
        Session session = context.session();
        Optional<String> sara = Accounts.idOf(session, "company@nextwork.example");
        Optional<String> coordinator = Accounts.idOf(session, "coordinator@nextwork.example");
        if (sara.isEmpty() || coordinator.isEmpty() || session.getNode(NetworkMeetingStore.ROOT).hasNodes()) {
            return;
        }
        LocalDate today = PortalTime.today(context.clock());
        LocalDate thisMonth = firstThursday(today);
        LocalDate held = thisMonth.isBefore(today) ? thisMonth : firstThursday(today.minusMonths(1));
        LocalDate next = firstThursday(today.plusMonths(1));
        Node last = NetworkMeetingStore.meeting(session, held);
        NetworkMeetingStore.setTime(last, AT);
        NetworkMeetingStore.writeNotes(last, """
                Seks virksomheder var med. Vi talte om den første uge: en fast makker og en kort snak hver dag gør det \
                lettere for den unge at komme godt i gang.
                Fjordbyens Værksted fortalte, hvordan de lader den unge prøve flere opgaver, før de sammen vælger, hvad \
                der skal være fast.
                Til næste gang: hvordan vi fortæller den unge, hvad der står i ugerapporten.""",
                coordinator.get(), held.atTime(11, 0).atZone(PortalTime.ZONE).toInstant());
        Node coming = NetworkMeetingStore.meeting(session, next);
        NetworkMeetingStore.setTime(coming, AT);
        for (MessageStore.Stored message : MessageStore.range(session, Channel.COMPANIES_ID, 1,
                MessageStore.last(session, Channel.COMPANIES_ID))) {
            if (message.author().equals(sara.get())) {
                NetworkMeetingStore.propose(coming, message.seq(), sara.get(), message.at().plusSeconds(600));
                break;
            }
        }
    }

    private static LocalDate firstThursday(LocalDate inMonth) {
        return inMonth.with(TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY));
    }
}

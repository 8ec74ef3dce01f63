package dk.nextwork.messaging.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;
import javax.jcr.Value;

import dk.nextwork.identity.Accounts;
import dk.nextwork.messaging.Channel;
import dk.nextwork.messaging.ChannelMessages;
import dk.nextwork.messaging.PendingFile;
import dk.nextwork.platform.module.InstallContext;

/**
 * The demo's conversations (all fictional), in the days before the install: each network group
 * talked since its last meeting (the counsellor opens, members answer, one with a drawn photo), the company network has
 * two representatives' experiences (one with a PDF), and Mikkel and Jonas have a private thread. Each writer has
 * read their own channels up to a point, so the newest answers wait as unread.
 */
final class MessagingDemo {

    private static final String GROUPS = "/program/groups";

    private MessagingDemo() {
    }

    /** A moment of a day in the programme's time, so the demo's messages are written in the daytime. */
    private static Instant at(java.time.LocalDate day, int hour, int minute) {
        return day.atTime(hour, minute).atZone(dk.nextwork.platform.time.PortalTime.ZONE).toInstant();
    }

    static void add(InstallContext context) throws Exception {
        Session session = context.session();
        java.time.LocalDate today = dk.nextwork.platform.time.PortalTime.today(context.clock());
        if (session.getNode(MessageStore.ROOT).hasNodes() || !session.nodeExists(GROUPS)) {
            return;
        }
        PendingFile photo = ChannelMessages.attachable("varemodtagelse.jpg", DemoFiles.goodsReception());
        for (NodeIterator groups = session.getNode(GROUPS).getNodes(); groups.hasNext(); ) {
            Node group = groups.nextNode();
            List<String> members = new ArrayList<>();
            if (group.hasProperty("members")) {
                for (Value value : group.getProperty("members").getValues()) {
                    members.add(value.getString());
                }
            }
            String counsellor = group.hasProperty("counsellor") ? group.getProperty("counsellor").getString() : null;
            if (counsellor == null || members.size() < 2) {
                continue;
            }
            String channel = Channel.groupId(group.getName());
            MessageStore.append(session, channel, counsellor,
                    "Tak for i tirsdags! Skriv gerne her, hvis der sker noget i ugen, I vil tage op næste gang.",
                    at(today.minusDays(2), 16, 10), 0, List.of());
            MessageStore.append(session, channel, members.get(0),
                    "Jeg fik lov at stå for varemodtagelsen alene i dag. Lidt nervøs, men det gik fint.",
                    at(today.minusDays(1), 15, 40), 0, List.of(), List.of(photo));
            MessageStore.append(session, channel, members.get(1), "Sejt! Hvordan fik du styr på listerne?",
                    at(today.minusDays(1), 16, 5), 2, List.of());
            MessageStore.append(session, channel, members.get(0),
                    "Jeg spurgte min kontaktperson, før jeg gik i gang. Det var *ikke* så slemt at spørge.",
                    at(today.minusDays(1), 16, 20), 3, List.of());
            // the counsellor mentions Mikkel where he is the first to have written
            boolean mikkelFirst = Accounts.idOf(session, "youth@nextwork.example").filter(members.get(0)::equals).isPresent();
            MessageStore.append(session, channel, counsellor, mikkelFirst
                    ? "Godt gået at spørge først. Den tager vi med på tirsdag, @Mikkel."
                    : "Godt gået at spørge først. Den tager vi med på tirsdag.", at(today.minusDays(1), 19, 30), 0,
                    mikkelFirst ? List.of(members.get(0)) : List.of());
            // everyone has read up to the question, so the answers wait as new
            for (String person : members) {
                ReadMarks.advance(session, person, channel, 3);
            }
            ReadMarks.advance(session, counsellor, channel, 3);
        }
        Optional<String> sara = Accounts.idOf(session, "company@nextwork.example");
        Optional<String> coordinator = Accounts.idOf(session, "coordinator@nextwork.example");
        if (sara.isPresent() && coordinator.isPresent()) {
            MessageStore.append(session, Channel.COMPANIES_ID, sara.get(),
                    "Sådan gjorde vi: en fast makker den første uge, og en kort snak hver fredag. Det har gjort en stor forskel.",
                    at(today.minusDays(6), 10, 15), 0, List.of(),
                    List.of(ChannelMessages.attachable("Makkerordning.pdf", DemoFiles.buddyScheme())));
            MessageStore.append(session, Channel.COMPANIES_ID, coordinator.get(),
                    "Tak, Sara. Det tager vi op på netværksmødet i næste måned.", at(today.minusDays(6), 13, 20), 0, List.of());
            ReadMarks.advance(session, sara.get(), Channel.COMPANIES_ID, 2);
            ReadMarks.advance(session, coordinator.get(), Channel.COMPANIES_ID, 2);
        }
        Optional<String> mikkel = Accounts.idOf(session, "youth@nextwork.example");
        Optional<String> jonas = Accounts.idOf(session, "counsellor@nextwork.example");
        if (mikkel.isPresent() && jonas.isPresent()) {
            String thread = Channel.counselId(mikkel.get());
            MessageStore.append(session, thread, mikkel.get(), "Kan vi tale om mine arbejdstider, før mødet på tirsdag?",
                    at(today.minusDays(3), 18, 45), 0, List.of());
            MessageStore.append(session, thread, jonas.get(), "Selvfølgelig. Jeg ringer til dig i morgen ved 10-tiden.",
                    at(today.minusDays(3), 19, 10), 0, List.of());
            ReadMarks.advance(session, mikkel.get(), thread, 2);
            ReadMarks.advance(session, jonas.get(), thread, 2);
        }
    }
}

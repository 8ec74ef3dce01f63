package dk.nextwork.messaging.internal;

import java.time.Duration;
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
import dk.nextwork.platform.module.InstallContext;

/**
 * The demo's conversations (all fictional), dated back from the install: each network group
 * talked since its last meeting (the counsellor opens, members answer), the company network has
 * two representatives' experiences, and Mikkel and Jonas have a private thread.
 */
final class MessagingDemo {

    private static final String GROUPS = "/program/groups";

    private MessagingDemo() {
    }

    static void add(InstallContext context) throws Exception {
        Session session = context.session();
        Instant now = context.clock().instant();
        if (session.getNode(MessageStore.ROOT).hasNodes() || !session.nodeExists(GROUPS)) {
            return;
        }
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
            Instant start = now.minus(Duration.ofHours(50));
            MessageStore.append(session, channel, counsellor,
                    "Tak for i tirsdags! Skriv gerne her, hvis der sker noget i ugen, I vil tage op næste gang.", start);
            MessageStore.append(session, channel, members.get(0),
                    "Jeg fik lov at stå for varemodtagelsen alene i dag. Lidt nervøs, men det gik fint.",
                    start.plus(Duration.ofHours(20)));
            MessageStore.append(session, channel, members.get(1), "Sejt! Hvordan fik du styr på listerne?",
                    start.plus(Duration.ofHours(21)));
            MessageStore.append(session, channel, members.get(0),
                    "Jeg spurgte min kontaktperson, før jeg gik i gang. Det var ikke så slemt at spørge.",
                    start.plus(Duration.ofHours(22)));
            MessageStore.append(session, channel, counsellor, "Godt gået at spørge først. Den tager vi med på tirsdag.",
                    start.plus(Duration.ofHours(30)));
        }
        Optional<String> sara = Accounts.idOf(session, "company@nextwork.example");
        Optional<String> coordinator = Accounts.idOf(session, "coordinator@nextwork.example");
        if (sara.isPresent() && coordinator.isPresent()) {
            Instant start = now.minus(Duration.ofDays(6));
            MessageStore.append(session, Channel.COMPANIES_ID, sara.get(),
                    "Sådan gjorde vi: en fast makker den første uge, og en kort snak hver fredag. Det har gjort en stor forskel.",
                    start);
            MessageStore.append(session, Channel.COMPANIES_ID, coordinator.get(),
                    "Tak, Sara. Det tager vi op på netværksmødet i næste måned.", start.plus(Duration.ofHours(3)));
        }
        Optional<String> mikkel = Accounts.idOf(session, "youth@nextwork.example");
        Optional<String> jonas = Accounts.idOf(session, "counsellor@nextwork.example");
        if (mikkel.isPresent() && jonas.isPresent()) {
            Instant start = now.minus(Duration.ofDays(3));
            String thread = Channel.counselId(mikkel.get());
            MessageStore.append(session, thread, mikkel.get(), "Kan vi tale om mine arbejdstider, før mødet på tirsdag?", start);
            MessageStore.append(session, thread, jonas.get(), "Selvfølgelig. Jeg ringer til dig i morgen ved 10-tiden.",
                    start.plus(Duration.ofHours(2)));
        }
    }
}

package dk.nextwork.messaging.retention;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import javax.jcr.RepositoryException;
import javax.jcr.Session;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AuditTrail;
import dk.nextwork.messaging.Channel;
import dk.nextwork.messaging.internal.JournalStore;
import dk.nextwork.messaging.internal.MessageStore;
import dk.nextwork.messaging.internal.MessagingSettings;
import dk.nextwork.messaging.internal.ReadMarks;
import dk.nextwork.platform.config.PortalConfiguration;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.NetworkGroup;
import dk.nextwork.program.Programme;

/**
 * Deletes what was said in a network group a set time after the group ended (the setting {@code
 * messaging.retention.months}, 12 by default): the group's channel, the discussions of the
 * experiences shared there, and the threads of its young people with their counsellor when they
 * are in no other group still kept, with their reports and everyone's read marks there. The
 * young people's own journals stay theirs. Each deletion is audited.
 */
@ApplicationScoped
public class MessageRetention {

    static final String ACTOR = "system:retention";

    private final PortalRepository repository;
    private final Programme programme;
    private final AuditTrail audit;
    private final int months;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected MessageRetention() {
        this(null, null, null, 12, Clock.systemUTC());
    }

    @Inject
    public MessageRetention(PortalRepository repository, Programme programme, AuditTrail audit,
                            PortalConfiguration configuration) {
        this(repository, programme, audit, configuration.get(MessagingSettings.RETENTION_MONTHS), Clock.systemUTC());
    }

    public MessageRetention(PortalRepository repository, Programme programme, AuditTrail audit, int months, Clock clock) {
        this.repository = repository;
        this.programme = programme;
        this.audit = audit;
        this.months = months;
        this.clock = clock;
    }

    /** Deletes the channels whose time is up; the ids of those deleted. */
    public List<String> deleteExpired() {
        LocalDate today = PortalTime.today(clock);
        List<NetworkGroup> expired = new ArrayList<>();
        Set<String> kept = new LinkedHashSet<>();
        for (NetworkGroup group : programme.allGroups()) {
            if (group.ended().filter(last -> !last.plusMonths(months).isAfter(today)).isPresent()) {
                expired.add(group);
            } else {
                kept.addAll(group.members());
            }
        }
        if (expired.isEmpty()) {
            return List.of();
        }
        List<String> deleted = new ArrayList<>();
        for (NetworkGroup group : expired) {
            List<String> channels = repository.withServiceSession(session -> {
                List<String> ids = new ArrayList<>();
                ids.add(Channel.groupId(group.id()));
                for (String member : group.members()) {
                    for (JournalStore.Stored entry : JournalStore.of(session, member)) {
                        if (entry.group().filter(group.id()::equals).isPresent()) {
                            ids.add(Channel.entryId(member, entry.id()));
                        }
                    }
                    if (!kept.contains(member)) {
                        ids.add(Channel.counselId(member));
                    }
                }
                return ids;
            });
            for (String channel : channels) {
                long messages = repository.withServiceSession(session -> delete(session, channel));
                if (messages >= 0) {
                    deleted.add(channel);
                    audit.record(ACTOR, "messaging.retention.delete", null, channel + " (" + group.id() + "): " + messages, null);
                }
            }
        }
        return deleted;
    }

    /** Removes the channel and the read marks of it; how many messages it had, or -1 when there was none. */
    private static long delete(Session session, String channel) throws RepositoryException {
        String path = MessageStore.ROOT + "/" + channel;
        if (!session.nodeExists(path)) {
            return -1;
        }
        long messages = MessageStore.last(session, channel);
        session.getNode(path).remove();
        ReadMarks.forget(session, channel);
        session.save();
        return messages;
    }
}

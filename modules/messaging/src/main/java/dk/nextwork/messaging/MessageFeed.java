package dk.nextwork.messaging;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dk.nextwork.identity.AccessDeniedException;
import dk.nextwork.identity.Caller;
import dk.nextwork.messaging.internal.MessageStore;
import dk.nextwork.platform.repository.PortalRepository;

/**
 * Live messages: whoever follows a channel (an open view) is handed each new message, and each
 * message edited or deleted again, in order and once, from the number they had when they began.
 * One repository listener serves every follower on this app node; it hears the saves of every
 * node (Oak's cluster observation), so nothing depends on a list in one JVM: a follower reads
 * what came after its own last number. Membership is checked again at each delivery: a follower
 * who left the channel hears nothing more and is dropped. Close the handle when the view goes.
 */
@ApplicationScoped
public class MessageFeed {

    private static final Logger LOG = LoggerFactory.getLogger(MessageFeed.class);

    private final PortalRepository repository;
    private final ChannelMessages messages;
    private final Map<String, List<Follower>> followers = new ConcurrentHashMap<>();
    private AutoCloseable listening;

    /** For CDI's client proxy only. */
    protected MessageFeed() {
        this(null, null);
    }

    @Inject
    public MessageFeed(PortalRepository repository, ChannelMessages messages) {
        this.repository = repository;
        this.messages = messages;
    }

    /**
     * Hands {@code delivery} every message after {@code after} and every later change, on a
     * repository thread (a view takes them into its UI with {@code UI.access}). Refused when the
     * caller may not read the channel.
     */
    public AutoCloseable follow(Caller caller, String channel, long after, Consumer<List<Message>> delivery) {
        messages.last(caller, channel);
        startListening();
        Follower follower = new Follower(caller, channel, after, delivery);
        followers.computeIfAbsent(channel, key -> new CopyOnWriteArrayList<>()).add(follower);
        // what was saved between the caller's read and now
        deliver(follower, Set.of());
        return () -> followers.getOrDefault(channel, List.of()).remove(follower);
    }

    /** How many follow now, on this node (a view that closed its handle is not counted). */
    public int followerCount() {
        return followers.values().stream().mapToInt(List::size).sum();
    }

    private synchronized void startListening() {
        if (listening == null) {
            listening = repository.onChangedPaths(MessageStore.ROOT, this::changed);
        }
    }

    private void changed(Set<String> paths) {
        Map<String, Set<Long>> touched = new HashMap<>();
        boolean anything = false;
        for (String path : paths) {
            var channel = MessageStore.channelIn(path);
            if (channel.isEmpty()) {
                anything = true;
            } else {
                Set<Long> seqs = touched.computeIfAbsent(channel.get(), key -> new HashSet<>());
                long seq = MessageStore.changedSeqIn(path);
                if (seq > 0) {
                    seqs.add(seq);
                }
            }
        }
        for (Map.Entry<String, List<Follower>> entry : followers.entrySet()) {
            if (anything || touched.containsKey(entry.getKey())) {
                for (Follower follower : entry.getValue()) {
                    deliver(follower, touched.getOrDefault(entry.getKey(), Set.of()));
                }
            }
        }
    }

    /** What the follower has not had: the messages after its number, and changes to those it has. */
    private void deliver(Follower follower, Set<Long> changed) {
        synchronized (follower) {
            try {
                List<Message> handed = new ArrayList<>();
                for (long seq : new TreeSet<>(changed)) {
                    if (seq <= follower.last) {
                        messages.find(follower.caller, follower.channel, seq).ifPresent(handed::add);
                    }
                }
                List<Message> fresh = messages.after(follower.caller, follower.channel, follower.last);
                handed.addAll(fresh);
                if (!fresh.isEmpty()) {
                    follower.last = fresh.get(fresh.size() - 1).seq();
                }
                if (!handed.isEmpty()) {
                    follower.delivery.accept(handed);
                }
            } catch (AccessDeniedException gone) {
                followers.getOrDefault(follower.channel, List.of()).remove(follower);
            } catch (RuntimeException e) {
                LOG.warn("A message could not be handed to a follower of {}", follower.channel, e);
            }
        }
    }

    @PreDestroy
    void stop() {
        try {
            if (listening != null) {
                listening.close();
            }
        } catch (Exception e) {
            LOG.debug("Stopping the message listener", e);
        }
        followers.clear();
    }

    private static final class Follower {
        private final Caller caller;
        private final String channel;
        private final Consumer<List<Message>> delivery;
        private long last;

        Follower(Caller caller, String channel, long after, Consumer<List<Message>> delivery) {
            this.caller = caller;
            this.channel = channel;
            this.last = after;
            this.delivery = delivery;
        }
    }
}

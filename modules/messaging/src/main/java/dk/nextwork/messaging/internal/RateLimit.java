package dk.nextwork.messaging.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * At most {@code limit} messages per person in any {@code window}, counted on this app node (a
 * person's session stays on one node behind the load balancer).
 */
public final class RateLimit {

    private final int limit;
    private final Duration window;
    private final Map<String, Deque<Instant>> sent = new ConcurrentHashMap<>();

    public RateLimit(int limit, Duration window) {
        this.limit = limit;
        this.window = window;
    }

    /** Counts a message now, unless the person has used their limit: then false, and nothing is counted. */
    public boolean take(String person, Instant now) {
        Deque<Instant> times = sent.computeIfAbsent(person, key -> new ArrayDeque<>());
        synchronized (times) {
            while (!times.isEmpty() && !times.peekFirst().isAfter(now.minus(window))) {
                times.pollFirst();
            }
            if (times.size() >= limit) {
                return false;
            }
            times.addLast(now);
            return true;
        }
    }
}

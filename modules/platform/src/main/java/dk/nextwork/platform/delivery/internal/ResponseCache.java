package dk.nextwork.platform.delivery.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Answers kept until anything changes. Every repository change empties it (and moves the epoch
 * on, so that an answer computed while a change arrived is not stored); answers made under older
 * definitions are never returned.
 */
final class ResponseCache {

    private record Entry(long generation, DeliveryResponse response) {
    }

    private final Map<String, Entry> entries;
    private long epoch;

    ResponseCache(int capacity) {
        this.entries = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized DeliveryResponse get(String key, long generation) {
        Entry entry = entries.get(key);
        return entry != null && entry.generation() == generation ? entry.response() : null;
    }

    synchronized long epoch() {
        return epoch;
    }

    /** Stores the answer unless the content changed since {@code epochBefore}. */
    synchronized void put(String key, long generation, long epochBefore, DeliveryResponse response) {
        if (epoch == epochBefore) {
            entries.put(key, new Entry(generation, response));
        }
    }

    synchronized void clear() {
        epoch++;
        entries.clear();
    }
}

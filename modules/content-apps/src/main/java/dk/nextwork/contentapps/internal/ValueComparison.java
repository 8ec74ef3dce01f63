package dk.nextwork.contentapps.internal;

import java.time.Instant;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** Whether two sets of stored values say the same (dates compared by instant, whether Calendar or Instant). */
public final class ValueComparison {

    private ValueComparison() {
    }

    public static boolean same(Map<String, Object> a, Map<String, Object> b) {
        if (!a.keySet().equals(b.keySet())) {
            return false;
        }
        for (Map.Entry<String, Object> entry : a.entrySet()) {
            if (!same(entry.getValue(), b.get(entry.getKey()))) {
                return false;
            }
        }
        return true;
    }

    public static boolean same(Object a, Object b) {
        if ((a instanceof Calendar || a instanceof Instant) && (b instanceof Calendar || b instanceof Instant)) {
            return millis(a) == millis(b);
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                if (!same(x.get(i), y.get(i))) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }

    private static long millis(Object date) {
        return date instanceof Calendar calendar ? calendar.getTimeInMillis() : ((Instant) date).toEpochMilli();
    }
}

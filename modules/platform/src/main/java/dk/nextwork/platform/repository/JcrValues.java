package dk.nextwork.platform.repository;

import java.math.BigInteger;
import java.time.Instant;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.TimeZone;

import javax.jcr.PropertyType;
import javax.jcr.RepositoryException;
import javax.jcr.Value;
import javax.jcr.ValueFactory;

/** The one translation between plain Java values and repository values. */
public final class JcrValues {

    private JcrValues() {
    }

    /** Whole numbers become LONG, other numbers DOUBLE, instants and calendars DATE, the rest STRING. */
    public static Value toValue(ValueFactory factory, Object value) {
        if (value instanceof Boolean bool) {
            return factory.createValue(bool);
        } else if (value instanceof Integer || value instanceof Long || value instanceof BigInteger) {
            return factory.createValue(((Number) value).longValue());
        } else if (value instanceof Number number) {
            return factory.createValue(number.doubleValue());
        } else if (value instanceof Calendar calendar) {
            return factory.createValue(calendar);
        } else if (value instanceof Instant instant) {
            return factory.createValue(utc(instant));
        }
        return factory.createValue(String.valueOf(value));
    }

    /** LONG as Long, DOUBLE as Double, BOOLEAN as Boolean, DATE as Calendar, anything else as String. */
    public static Object toJava(Value value) throws RepositoryException {
        return switch (value.getType()) {
            case PropertyType.LONG -> value.getLong();
            case PropertyType.DOUBLE -> value.getDouble();
            case PropertyType.BOOLEAN -> value.getBoolean();
            case PropertyType.DATE -> value.getDate();
            default -> value.getString();
        };
    }

    public static Calendar utc(Instant instant) {
        Calendar calendar = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        calendar.setTimeInMillis(instant.toEpochMilli());
        return calendar;
    }
}

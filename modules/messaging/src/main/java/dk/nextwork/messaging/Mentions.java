package dk.nextwork.messaging;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

import dk.nextwork.identity.UserAccount;

/**
 * How a message mentions a person: "@" and their full name or first name, not inside a word or an
 * address ("@Noah" or "@noah vestergaard", not "mail@noah.dk"). Two writers of one first name are
 * both mentioned by it; the full name tells them apart. One way for storing and for showing.
 */
public final class Mentions {

    private Mentions() {
    }

    /** The ids of the writers the text mentions, in the order of {@code writers}. */
    public static List<String> in(String text, List<UserAccount> writers) {
        return writers.stream().filter(writer -> of(List.of(writer.name())).matcher(text).find()).map(UserAccount::id).toList();
    }

    /** What mentions any of the people named (by their full names), the longest names tried first. */
    public static Pattern of(Collection<String> names) {
        List<String> written = names.stream().flatMap(name -> List.of(name, UserAccount.firstName(name)).stream())
                .filter(name -> !name.isBlank()).distinct().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).toList();
        return Pattern.compile("(?<![\\p{L}\\p{N}@.])@(?:" + (written.isEmpty() ? "(?!)" : String.join("|", written))
                + ")(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }
}

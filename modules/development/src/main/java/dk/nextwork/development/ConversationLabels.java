package dk.nextwork.development;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiFunction;

import dk.nextwork.identity.UserAccount;
import dk.nextwork.platform.i18n.Formats;

/** How a conversation record is named wherever it is listed: "Sara og Emma, 17. nov.". */
public final class ConversationLabels {

    private ConversationLabels() {
    }

    /**
     * Who held it with the young person, then the young person, by their first names, and the day:
     * the year only when it is not this year's. A young person who saved it alone is named once.
     */
    public static String participants(Conversation conversation, LocalDate today, Locale locale,
                                      BiFunction<String, Object[], String> texts) {
        LocalDate day = conversation.day();
        String when = day.getYear() == today.getYear() ? Formats.dayAndShortMonth(day, locale) : Formats.date(day, locale);
        String youngPerson = UserAccount.firstName(conversation.youngPersonName());
        return conversation.heldByTheYoungPerson()
                ? texts.apply("development.conversations.alone", new Object[] {youngPerson, when})
                : texts.apply("development.conversations.together",
                        new Object[] {UserAccount.firstName(conversation.heldByName()), youngPerson, when});
    }
}

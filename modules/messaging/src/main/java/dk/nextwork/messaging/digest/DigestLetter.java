package dk.nextwork.messaging.digest;

import java.util.List;
import java.util.Locale;

import dk.nextwork.identity.UserAccount;
import dk.nextwork.messaging.Channel;
import dk.nextwork.messaging.ChannelTitles;
import dk.nextwork.messaging.MessagingRoutes;
import dk.nextwork.messaging.UnreadChannel;
import dk.nextwork.platform.i18n.Formats;
import dk.nextwork.platform.i18n.Texts;

/**
 * The digest as the person reads it, in their language: a line per channel with how many
 * messages wait there, and the way in. No one's words, and no young person's name: a
 * counsellor's conversations with young people are counted together.
 */
record DigestLetter(String subject, String text) {

    static DigestLetter of(UserAccount to, List<UnreadChannel> waiting, String publicUrl) {
        Texts texts = Texts.of(DigestLetter.class.getClassLoader());
        Locale locale = Locale.forLanguageTag(to.language());
        StringBuilder lines = new StringBuilder();
        int total = 0;
        int withYoungPeople = 0;
        for (UnreadChannel channel : waiting) {
            total += channel.count();
            if (channel.channel().kind() == Channel.Kind.COUNSEL && !channel.channel().id().equals(Channel.counselId(to.id()))) {
                withYoungPeople += channel.count();
            } else {
                lines.append(line(texts, locale, ChannelTitles.of(channel.channel(), to.id(), locale), channel.count()));
            }
        }
        if (withYoungPeople > 0) {
            lines.append(line(texts, locale, texts.get(locale, "messaging.digest.withYoungPeople"), withYoungPeople));
        }
        String link = publicUrl + "/app/" + MessagingRoutes.MESSAGES;
        return new DigestLetter(texts.get(locale, total == 1 ? "messaging.digest.subjectOne" : "messaging.digest.subject",
                Formats.number(total, locale)),
                texts.get(locale, "messaging.digest.text", to.firstName(), lines.toString(), link));
    }

    private static String line(Texts texts, Locale locale, String channel, int count) {
        return texts.get(locale, count == 1 ? "messaging.digest.lineOne" : "messaging.digest.line", channel,
                Formats.number(count, locale)) + "\n";
    }
}

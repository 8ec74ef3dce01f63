package dk.nextwork.development;

/** The four answers as typed in; checked by {@link Conversations#save}. {@code focus} is a trait or dimension id. */
public record ConversationAnswers(String different, String examples, String appreciated, String focus, String focusNote) {
}

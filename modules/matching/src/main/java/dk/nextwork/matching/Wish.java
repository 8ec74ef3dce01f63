package dk.nextwork.matching;

/** One choice on a young person's list: the offer, and why, in their own words (may be blank). */
public record Wish(String offer, String why) {

    public Wish {
        why = why == null ? "" : why.strip();
    }
}

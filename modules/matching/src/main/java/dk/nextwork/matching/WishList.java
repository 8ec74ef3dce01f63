package dk.nextwork.matching;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * A young person's list in a round, best first; {@code changedBy} is who saved it last (the young
 * person, or a counsellor helping them).
 */
public record WishList(String round, String youngPerson, List<Wish> wishes, Optional<String> changedBy,
                       Optional<Instant> changed) {

    public WishList {
        wishes = List.copyOf(wishes);
    }

    /** Fewer than this and the young person is told plainly that the risk of no place is larger. */
    public static final int FEW = 3;

    public boolean isShort() {
        return wishes.size() < FEW;
    }
}

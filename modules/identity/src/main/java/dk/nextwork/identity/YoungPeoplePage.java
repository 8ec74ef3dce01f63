package dk.nextwork.identity;

import java.util.List;

/**
 * One page of the young people a viewer may see, in name order.
 *
 * @param people the accounts on the page
 * @param total  how many young people matched in all (the pages together)
 */
public record YoungPeoplePage(List<UserAccount> people, int total) {

    public YoungPeoplePage {
        people = List.copyOf(people);
    }
}

package dk.nextwork.identity;

import java.util.List;

/**
 * One page of the account list, in name order.
 *
 * @param accounts the accounts on the page
 * @param total    how many accounts matched in all
 */
public record AccountPage(List<UserAccount> accounts, int total) {

    public AccountPage {
        accounts = List.copyOf(accounts);
    }
}

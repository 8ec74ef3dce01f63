package dk.nextwork.identity;

import dk.nextwork.platform.i18n.RefusedException;

/** An account that cannot be made as asked (no address, no name, a representative without a company, …); nothing was saved. */
public class AccountRefusedException extends RefusedException {

    public AccountRefusedException(String reason, Object... values) {
        super(reason, values);
    }
}

package dk.nextwork.identity;

import java.time.Duration;

/** The outcome of a sign-in attempt; a refusal never says whether the e-mail address exists. */
public sealed interface SignInResult {

    record SignedIn(SignedInUser user) implements SignInResult {
    }

    /** Wrong e-mail address or password, or an account that is not active. */
    record WrongCredentials() implements SignInResult {
    }

    /** Too many failed attempts for the account or from the client address: try again later. */
    record TryLater(Duration retryAfter) implements SignInResult {
    }
}

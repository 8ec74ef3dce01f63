package dk.nextwork.identity;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;

/**
 * A person who can sign in. A company representative is linked to one company (the partner's
 * node name); nothing else about the person is kept here.
 *
 * @param language the interface language the person chose: {@code da} or {@code en}
 */
public record UserAccount(String id, String email, String name, Set<Role> roles, Optional<String> company,
                          boolean active, boolean hasPassword, String language, Instant created) {

    public boolean has(Role role) {
        return roles.contains(role);
    }

    /** The first word of the name, as texts speak of a person ("Emma", not "Emma Friis"). */
    public String firstName() {
        return firstName(name);
    }

    /** The first word of a name. */
    public static String firstName(String name) {
        return name == null ? "" : name.strip().split("\\s+", 2)[0];
    }
}

package dk.nextwork.matching;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.Relationships;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.repository.PortalRepository;

/**
 * A young person who shares their development picture ({@link MatchProfile#sharesDevelopment()})
 * lets the companies whose open offers are on their list in the open round follow their course, as a company that had
 * them placed does: the development views and their access checks and audit are the programme's
 * and the development module's own, this only says who may. It ends when the round is run, when
 * the company leaves their list, or when they stop sharing. Working with the young person (their
 * personal details, their reports) it never grants.
 */
@ApplicationScoped
public class SharedDevelopment implements Relationships {

    private final PortalRepository repository;

    /** For CDI's client proxy only. */
    protected SharedDevelopment() {
        this(null);
    }

    @Inject
    public SharedDevelopment(PortalRepository repository) {
        this.repository = repository;
    }

    @Override
    public boolean worksWith(SignedInUser viewer, String youngPersonId) {
        return false;
    }

    @Override
    public Set<String> youngPeopleWorkedWithBy(SignedInUser viewer) {
        return Set.of();
    }

    @Override
    public boolean followsCourse(SignedInUser viewer, String youngPersonId) {
        if (!isRepresentative(viewer)) {
            return false;
        }
        return repository.withServiceSession(session -> {
            Optional<Round> round = Rounds.current(session);
            if (round.isEmpty() || !MatchProfiles.read(session, youngPersonId).sharesDevelopment()) {
                return false;
            }
            for (Wish wish : Wishes.read(session, round.get().id(), youngPersonId).wishes()) {
                if (Offers.find(session, wish.offer()).filter(Offer::open).map(Offer::company).filter(viewer.company()::equals)
                        .isPresent()) {
                    return true;
                }
            }
            return false;
        });
    }

    /** The sharing candidates of the company's open offers in the open round. */
    @Override
    public Set<String> youngPeopleWhoseCourseIsFollowedBy(SignedInUser viewer) {
        if (!isRepresentative(viewer)) {
            return Set.of();
        }
        return repository.withServiceSession(session -> {
            Optional<Round> round = Rounds.current(session);
            Set<String> sharing = new HashSet<>();
            if (round.isPresent()) {
                for (Offer offer : Offers.openOfCompany(session, viewer.company())) {
                    for (String candidate : CompanySay.candidatesIn(session, round.get().id(), offer.id())) {
                        if (MatchProfiles.read(session, candidate).sharesDevelopment()) {
                            sharing.add(candidate);
                        }
                    }
                }
            }
            return sharing;
        });
    }

    private static boolean isRepresentative(SignedInUser viewer) {
        return viewer.has(Role.COMPANY_REP) && viewer.company() != null;
    }
}

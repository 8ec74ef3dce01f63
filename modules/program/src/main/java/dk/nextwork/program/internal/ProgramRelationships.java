package dk.nextwork.program.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.Relationships;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.NetworkGroup;
import dk.nextwork.program.Placement;
import dk.nextwork.program.Programme;

/**
 * Who works with a young person, from the programme's records: a company representative while the
 * young person is placed at their company (today, in Danish time), a counsellor while the young
 * person is in one of the groups they lead. A company that had the young person placed follows
 * their course afterwards, as the programme describes ("companies can follow a young person's
 * journey when the young person moves to another company").
 */
@ApplicationScoped
public class ProgramRelationships implements Relationships {

    private final Programme programme;
    private final Clock clock;

    protected ProgramRelationships() {
        this(null, Clock.systemUTC());
    }

    @Inject
    public ProgramRelationships(Programme programme) {
        this(programme, Clock.systemUTC());
    }

    /** With the clock whose day decides where a young person is placed. */
    public ProgramRelationships(Programme programme, Clock clock) {
        this.programme = programme;
        this.clock = clock;
    }

    @Override
    public boolean followsCourse(SignedInUser viewer, String youngPersonId) {
        LocalDate today = PortalTime.today(clock);
        return viewer.has(Role.COMPANY_REP) && viewer.company() != null && programme.placementsOf(youngPersonId).stream()
                .anyMatch(placement -> placement.company().equals(viewer.company()) && !placement.start().isAfter(today));
    }

    @Override
    public boolean worksWith(SignedInUser viewer, String youngPersonId) {
        if (viewer.has(Role.COMPANY_REP) && viewer.company() != null
                && programme.isPlacedAt(youngPersonId, viewer.company(), PortalTime.today(clock))) {
            return true;
        }
        return viewer.has(Role.COUNSELLOR) && programme.groupsLedBy(viewer.id()).stream()
                .anyMatch(group -> group.members().contains(youngPersonId));
    }

    /** Those placed at the representative's company today (the placements' company index), and the counsellor's group members (the groups' counsellor index). */
    @Override
    public Set<String> youngPeopleWorkedWithBy(SignedInUser viewer) {
        Set<String> ids = new HashSet<>();
        if (viewer.has(Role.COMPANY_REP) && viewer.company() != null) {
            LocalDate today = PortalTime.today(clock);
            for (Placement placement : programme.placementsAt(viewer.company())) {
                if (placement.isActiveOn(today)) {
                    ids.add(placement.youngPerson());
                }
            }
        }
        if (viewer.has(Role.COUNSELLOR)) {
            for (NetworkGroup group : programme.groupsLedBy(viewer.id())) {
                ids.addAll(group.members());
            }
        }
        return ids;
    }

    /** Those whose placement at the representative's company has started, by the placements' company index. */
    @Override
    public Set<String> youngPeopleWhoseCourseIsFollowedBy(SignedInUser viewer) {
        Set<String> ids = new HashSet<>();
        if (viewer.has(Role.COMPANY_REP) && viewer.company() != null) {
            LocalDate today = PortalTime.today(clock);
            for (Placement placement : programme.placementsAt(viewer.company())) {
                if (!placement.start().isAfter(today)) {
                    ids.add(placement.youngPerson());
                }
            }
        }
        return ids;
    }
}

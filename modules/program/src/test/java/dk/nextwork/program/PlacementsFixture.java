package dk.nextwork.program;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import javax.jcr.Node;

import dk.nextwork.identity.IdentityFixture;
import dk.nextwork.identity.Role;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.time.PortalTime;

/**
 * Many placements over many start days, for the paged listing: young people "Pagesen 00" to
 * "Pagesen NN", two at a time sharing their start days (so a day has several starts), each with
 * placements one after another from about 300 days ago to about 150 days ahead, of 6 weeks to 6
 * months, every third ended early, at three of the demo's companies. Written directly, as a bulk
 * load does, then counted afresh ({@link Occupancy#recountAll()}), which keeps the span of starts.
 */
public final class PlacementsFixture {

    public static final List<String> COMPANIES = List.of("midtvejs-lager", "hyldebaer-supermarked", "surdejshjoernet");

    private PlacementsFixture() {
    }

    /** Loads the placements; returns the young people's ids, in the order of their names. */
    public static List<String> load(IdentityFixture identity, Clock clock, int people) throws Exception {
        SignedInUser admin = new SignedInUser("admin-1", "a@example.org", "Drift", Set.of(Role.ADMIN), null, "da");
        LocalDate today = PortalTime.today(clock);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            ids.add(identity.accounts.create(admin, String.format("pagesen%02d@example.org", i),
                    String.format("Pagesen %02d", i), Set.of(Role.YOUTH), null, "da").id());
        }
        identity.platform.repository().withServiceSession(session -> {
            for (int i = 0; i < people; i++) {
                String person = ids.get(i);
                Node enrolment = session.getNode(Enrolments.YOUTH).addNode(person, "nt:unstructured");
                enrolment.setProperty("hoursPerWeek", 20L);
                enrolment.setProperty("interests", "");
                enrolment.setProperty("goals", "");
                enrolment.setProperty("status", "ACTIVE");
                enrolment.setProperty("enrolled", today.minusDays(320).toString());
                int pair = i / 2; // the two of a pair start on the same days
                LocalDate start = today.minusDays(300 - pair * 3L);
                for (int step = 0; !start.isAfter(today.plusDays(150)); step++) {
                    int weeks = 6 + (pair + step * 7) % 20; // 6 to 25 weeks: within 6 months
                    LocalDate plannedEnd = start.plusWeeks(weeks).minusDays(1);
                    Node placement = session.getNode(Programme.PLACEMENTS).addNode(person + "-" + step, "nt:unstructured");
                    placement.setProperty("youngPerson", person);
                    placement.setProperty("company", COMPANIES.get((i + step) % COMPANIES.size()));
                    placement.setProperty("start", start.toString());
                    placement.setProperty("plannedEnd", plannedEnd.toString());
                    LocalDate lastDay = plannedEnd;
                    if ((pair + step) % 3 == 0) {
                        lastDay = start.plusWeeks(weeks / 2);
                        placement.setProperty("ended", lastDay.toString());
                        placement.setProperty("endReason", "fixture");
                    }
                    start = lastDay.plusDays(1 + (pair + step) % 4);
                }
            }
            session.save();
            return null;
        });
        new Occupancy(identity.platform.repository(), clock).recountAll();
        return ids;
    }
}

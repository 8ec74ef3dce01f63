package dk.nextwork.program.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjuster;
import java.time.temporal.TemporalAdjusters;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.Session;

import dk.nextwork.identity.Accounts;
import dk.nextwork.platform.module.InstallContext;
import dk.nextwork.platform.module.Task;
import dk.nextwork.platform.module.Tasks;
import dk.nextwork.platform.module.UpdateStep;
import dk.nextwork.platform.module.VersionHandler;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.Meetings;
import dk.nextwork.program.Occupancy;
import dk.nextwork.program.Programme;
import dk.nextwork.program.YoungPerson;

/**
 * The trees of placements and network groups, with the index placements are found by; in demo
 * mode, the demo young people's placements and a network group, dated around the first start.
 */
public final class ProgramVersionHandler implements VersionHandler {

    private static final Task TREES = Tasks.trees(Programme.PLACEMENTS, Programme.GROUPS);

    /** A young person's placements are found by the young person. */
    private static final Task YOUNG_PERSON_INDEX = Tasks.propertyIndex("youngPerson", "youngPerson");

    private static final Task DEMO = Task.demo("add the demo programme's placements and network group",
            ProgramVersionHandler::demo);

    private static final Task ENROLMENT_TREES = Tasks.trees(Enrolments.YOUTH, Companies.COMPANIES, Meetings.NETWORK_MEETINGS);

    /** A company's placements are found by the company; only placements are indexed, other records name a company too. */
    private static final Task COMPANY_INDEX = Tasks.propertyIndex("placementCompany", "company", Programme.PLACEMENTS);

    private static final Task DEMO_ENROLMENTS = Task.demo("enrol the demo young people, register the demo companies, "
            + "and record their meetings",
            ProgramVersionHandler::demoEnrolments);

    private static final Task UNORDERED = Tasks.largeFolders(Enrolments.YOUTH, Companies.COMPANIES, Programme.PLACEMENTS);

    /** Before 1.3.0 a move to another company was kept as the end reason {@code moved on: <company id>}. */
    private static final String OLD_MOVED_ON = "moved on: ";

    private static final Task MOVED_ON = Task.of("keep the company a young person moved on to apart from the end reason",
            ProgramVersionHandler::movedOnApart);

    private static final Task DEMO_MEETING_TIME = Task.demo("say when the demo network group meets",
            ProgramVersionHandler::demoMeetingTime);

    /** A counsellor's groups are found by the counsellor, not by reading every group (thousands at national scale). */
    private static final Task COUNSELLOR_INDEX = Tasks.propertyIndex("groupCounsellor", "counsellor", Programme.GROUPS);

    private static final Task OCCUPANCY_TREE = Tasks.trees(Occupancy.ROOT);

    /** Placements beginning or ending on given days are found by the day: the overview's "ending soon", the daily roll-on. */
    private static final Task DAY_INDEXES = Task.of("index a placement's start and last day", context -> {
        Tasks.propertyIndex("placementStart", "start", Programme.PLACEMENTS).execute(context);
        Tasks.propertyIndex("placementLastDay", Programme.LAST_DAY, Programme.PLACEMENTS).execute(context);
    });

    /** The young people awaiting a placement are one query, not a read of every enrolment. */
    private static final Task AWAITING_INDEX = Tasks.propertyIndex("awaitingPlacement", Occupancy.AWAITING, Enrolments.YOUTH);

    private static final Task OCCUPANCY = Task.of("write each placement's last day and count who is placed where today"
                    + " and how many of them end on each day",
            context -> Occupancy.recountAll(context.session(), PortalTime.today(context.clock())));

    /** The placements' listing walks the start days between the first and the last start, kept on the folder. */
    private static final Task START_SPAN = Task.of("keep the first and the last start of the placements",
            context -> Programme.keepStartSpan(context.session()));

    @Override
    public List<Task> installTasks() {
        return List.of(TREES, YOUNG_PERSON_INDEX, DEMO, ENROLMENT_TREES, COMPANY_INDEX, DEMO_ENROLMENTS, UNORDERED,
                COUNSELLOR_INDEX, OCCUPANCY_TREE, DAY_INDEXES, AWAITING_INDEX, OCCUPANCY);
    }

    @Override
    public List<UpdateStep> updateSteps() {
        return List.of(UpdateStep.to("1.1.0", ENROLMENT_TREES, COMPANY_INDEX, DEMO_ENROLMENTS),
                UpdateStep.to("1.2.0", UNORDERED), UpdateStep.to("1.3.0", MOVED_ON),
                UpdateStep.to("1.4.0", DEMO_MEETING_TIME), UpdateStep.to("1.5.0", COUNSELLOR_INDEX),
                UpdateStep.to("1.6.0", OCCUPANCY_TREE, DAY_INDEXES, AWAITING_INDEX, OCCUPANCY),
                UpdateStep.to("1.7.0", START_SPAN), UpdateStep.to("1.8.0", OCCUPANCY));
    }

    /**
     * The old end reason of a move becomes the company moved on to. Only a registered company's id
     * counts: a reason a coordinator wrote that happens to start the same way stays a reason.
     */
    private static void movedOnApart(InstallContext context) throws Exception {
        Session session = context.session();
        Set<String> companies = new HashSet<>();
        for (NodeIterator registered = session.getNode(Companies.COMPANIES).getNodes(); registered.hasNext(); ) {
            companies.add(registered.nextNode().getName());
        }
        for (NodeIterator placements = session.getNode(Programme.PLACEMENTS).getNodes(); placements.hasNext(); ) {
            Node placement = placements.nextNode();
            if (!placement.hasProperty("endReason") || placement.hasProperty(Programme.MOVED_ON_TO)) {
                continue;
            }
            String reason = placement.getProperty("endReason").getString();
            String company = reason.startsWith(OLD_MOVED_ON) ? reason.substring(OLD_MOVED_ON.length()) : null;
            if (companies.contains(company)) {
                placement.setProperty(Programme.MOVED_ON_TO, company);
                placement.getProperty("endReason").remove();
            }
        }
    }

    /** The demo's young people with their hours, interests and goals; the companies of the demo partner pages. */
    private static void demoEnrolments(InstallContext context) throws Exception {
        Session session = context.session();
        LocalDate today = PortalTime.today(context.clock());
        Object[][] youth = {
                {"youth@nextwork.example", 20, "Træ og værktøj, at bygge ting", "En læreplads som tømrer", 6},
                {"emma.friis@nextwork.example", 16, "Bagning, madlavning, at møde kunder", "Erhvervsuddannelse som bager", 4},
                {"noah.vestergaard@nextwork.example", 25, "Biler, logistik, at have faste rutiner", "Et fast job med kørekort", 18},
                {"sofie.ahmadi@nextwork.example", 15, "Planter og at være udenfor", "Finde ud af hvad hun vil", 1},
                {"ali.demir@nextwork.example", 25, "Varer, kunder og at holde orden", "Elev i detailhandlen", 16},
                {"freja.moeller@nextwork.example", 20, "Planter, jord og at arbejde med hænderne", "Gartneruddannelsen", 14},
                {"laura.nielsen@nextwork.example", 22, "At hjælpe kunder og at have travlt", "Et fast job med faste tider", 15},
                {"oliver.jensen@nextwork.example", 30, "Motorer og at skrue", "En læreplads som automekaniker", 12}};
        for (Object[] person : youth) {
            String id = Accounts.idOf(session, (String) person[0]).orElse(null);
            if (id == null || session.getNode(Enrolments.YOUTH).hasNode(id)) {
                continue;
            }
            Node node = session.getNode(Enrolments.YOUTH).addNode(id, "nt:unstructured");
            node.setProperty("hoursPerWeek", (int) person[1]);
            node.setProperty("interests", (String) person[2]);
            node.setProperty("goals", (String) person[3]);
            node.setProperty("status", YoungPerson.Status.ACTIVE.name());
            node.setProperty("enrolled", today.minusWeeks((int) person[4]).toString());
        }
        Object[][] companies = {
                {"fjordbyens-vaerksted", "Fjordbyens Værksted", "Snedker og tømrer", 6, 1},
                {"surdejshjoernet", "Surdejshjørnet", "Bageri og café", 12, 2},
                {"midtvejs-lager", "Midtvejs Lager & Logistik", "Lager og logistik", 40, 3},
                {"planteskolen-laerkereden", "Planteskolen Lærkereden", "Planteskole", 9, 2},
                {"stempel-og-skrue", "Stempel & Skrue Autoværksted", "Autoværksted", 7, 1},
                {"hyldebaer-supermarked", "Hyldebær Supermarked", "Dagligvarer", 35, 3}};
        for (Object[] company : companies) {
            if (session.getNode(Companies.COMPANIES).hasNode((String) company[0])) {
                continue;
            }
            Node node = session.getNode(Companies.COMPANIES).addNode((String) company[0], "nt:unstructured");
            node.setProperty("name", (String) company[1]);
            node.setProperty("industry", (String) company[2]);
            node.setProperty("employees", (int) company[3]);
            node.setProperty("placementCapacity", (int) company[4]);
            node.setProperty("memberSince", today.minusMonths(14).toString());
        }
        String groupPath = Programme.GROUPS + "/tirsdagsgruppen";
        if (session.nodeExists(groupPath) && !session.getNode(groupPath).hasNode("meetings")) {
            Node group = session.getNode(groupPath);
            String mikkel = Accounts.idOf(session, "youth@nextwork.example").orElseThrow();
            String noah = Accounts.idOf(session, "noah.vestergaard@nextwork.example").orElseThrow();
            Node meetings = group.addNode("meetings", "nt:unstructured");
            LocalDate tuesday = today.with(TemporalAdjusters.previous(DayOfWeek.TUESDAY));
            for (int week = 0; week < 4; week++) {
                Node meeting = meetings.addNode(tuesday.minusWeeks(week).toString(), "nt:unstructured");
                meeting.setProperty("attended", week == 2 ? new String[] {mikkel} : new String[] {mikkel, noah});
                meeting.setProperty("recordedBy", "Jonas Krogh (demo)");
            }
            Node network = session.getNode(Meetings.NETWORK_MEETINGS);
            TemporalAdjuster firstThursday = TemporalAdjusters.firstInMonth(DayOfWeek.THURSDAY);
            LocalDate latest = today.with(firstThursday).isAfter(today) ? today.minusMonths(1).with(firstThursday)
                    : today.with(firstThursday);
            for (int month = 0; month < 2; month++) {
                LocalDate day = latest.minusMonths(month).with(firstThursday);
                Node meeting = network.addNode(day.toString(), "nt:unstructured");
                meeting.setProperty("attended", month == 0
                        ? new String[] {"fjordbyens-vaerksted", "midtvejs-lager", "surdejshjoernet"}
                        : new String[] {"hyldebaer-supermarked", "midtvejs-lager", "planteskolen-laerkereden", "surdejshjoernet"});
                meeting.setProperty("recordedBy", "Hanne Lund (demo)");
            }
        }
    }

    private static void demo(InstallContext context) throws Exception {
        Session session = context.session();
        LocalDate today = PortalTime.today(context.clock());
        String mikkel = Accounts.idOf(session, "youth@nextwork.example").orElseThrow();
        String emma = Accounts.idOf(session, "emma.friis@nextwork.example").orElseThrow();
        String noah = Accounts.idOf(session, "noah.vestergaard@nextwork.example").orElseThrow();
        String jonas = Accounts.idOf(session, "counsellor@nextwork.example").orElseThrow();
        String ali = Accounts.idOf(session, "ali.demir@nextwork.example").orElseThrow();
        String freja = Accounts.idOf(session, "freja.moeller@nextwork.example").orElseThrow();
        String laura = Accounts.idOf(session, "laura.nielsen@nextwork.example").orElseThrow();
        String oliver = Accounts.idOf(session, "oliver.jensen@nextwork.example").orElseThrow();

        placement(session, "emma-surdejshjoernet", emma, "surdejshjoernet", today.minusWeeks(3), today.plusWeeks(9), null, null);
        placement(session, "mikkel-fjordbyens-vaerksted", mikkel, "fjordbyens-vaerksted", today.minusWeeks(11),
                today.plusWeeks(7), null, null);
        // Noah moved on: first the bakery, now the warehouse
        placement(session, "noah-surdejshjoernet", noah, "surdejshjoernet", today.minusWeeks(17), today.minusWeeks(5),
                today.minusWeeks(6), "midtvejs-lager");
        placement(session, "noah-midtvejs-lager", noah, "midtvejs-lager", today.minusWeeks(5).plusDays(3),
                today.plusWeeks(12), null, null);
        placement(session, "ali-hyldebaer-supermarked", ali, "hyldebaer-supermarked", today.minusWeeks(14),
                today.plusWeeks(6), null, null);
        placement(session, "laura-hyldebaer-supermarked", laura, "hyldebaer-supermarked", today.minusWeeks(13),
                today.plusWeeks(2), null, null); // ends soon: the coordinators plan her next step
        placement(session, "freja-planteskolen-laerkereden", freja, "planteskolen-laerkereden", today.minusWeeks(12),
                today.plusWeeks(10), null, null);
        placement(session, "oliver-stempel-og-skrue", oliver, "stempel-og-skrue", today.minusWeeks(10),
                today.plusWeeks(8), null, null);

        Node group = session.getNode(Programme.GROUPS).addNode("tirsdagsgruppen", "nt:unstructured");
        group.setProperty("name", "Tirsdagsgruppen");
        group.setProperty("counsellor", jonas);
        group.setProperty("members", new String[] {mikkel, noah, ali, freja, laura, oliver});
        demoMeetingTime(context);
    }

    /** The demo group meets on Tuesday afternoons, the day its recorded meetings fall on. */
    private static void demoMeetingTime(InstallContext context) throws Exception {
        String groupPath = Programme.GROUPS + "/tirsdagsgruppen";
        if (context.session().nodeExists(groupPath)) {
            Node group = context.session().getNode(groupPath);
            if (!group.hasProperty(Programme.MEETS_ON)) {
                group.setProperty(Programme.MEETS_ON, DayOfWeek.TUESDAY.name());
                group.setProperty(Programme.MEETS_AT, "14:00");
            }
        }
    }

    private static void placement(Session session, String name, String youngPerson, String company, LocalDate start,
                                  LocalDate plannedEnd, LocalDate ended, String movedOnTo) throws Exception {
        Node node = session.getNode(Programme.PLACEMENTS).addNode(name, "nt:unstructured");
        node.setProperty("youngPerson", youngPerson);
        node.setProperty("company", company);
        node.setProperty("start", start.toString());
        node.setProperty("plannedEnd", plannedEnd.toString());
        if (ended != null) {
            node.setProperty("ended", ended.toString());
            node.setProperty(Programme.MOVED_ON_TO, movedOnTo);
        }
    }
}

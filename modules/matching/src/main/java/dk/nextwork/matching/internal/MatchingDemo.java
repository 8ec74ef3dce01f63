package dk.nextwork.matching.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javax.jcr.Node;
import javax.jcr.RepositoryException;
import javax.jcr.Session;

import dk.nextwork.identity.Accounts;
import dk.nextwork.matching.Offer;
import dk.nextwork.matching.OfferTerms;
import dk.nextwork.matching.Offers;
import dk.nextwork.matching.ProposalState;
import dk.nextwork.matching.algorithm.MatchingResult;
import dk.nextwork.platform.module.InstallContext;
import dk.nextwork.platform.repository.LargeFolders;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.reporting.Bilingual;

/**
 * The demo's matching, dated from the install day and fitting the demo programme's placements
 * and companies' free seats (all fictional):
 * <ul>
 *   <li>a finished round seven weeks ago: Noah got his 1st wish, the warehouse, and both said yes
 *   (his placement there now); Laura got the plant nursery and said no, she stayed at the
 *   supermarket; Sofie got none: the nursery was filled by a candidate it had put before her, and
 *   the garage said "ikke denne gang";</li>
 *   <li>six open offers and a round open for lists until six days from now: Mikkel (the demo
 *   young person) has two wishes (the short-list warning shows), Laura, whose placement ends soon,
 *   three, Sofie three; the supermarket has ranked its candidates; Surdejshjørnet (the demo
 *   representative's bakery) has invited Sofie to a trial day and has its ranking still to do.</li>
 * </ul>
 */
final class MatchingDemo {

    private MatchingDemo() {
    }

    static void add(InstallContext context) throws Exception {
        Session session = context.session();
        LocalDate today = PortalTime.today(context.clock());
        Optional<String> mikkel = Accounts.idOf(session, "youth@nextwork.example");
        Optional<String> noah = Accounts.idOf(session, "noah.vestergaard@nextwork.example");
        Optional<String> laura = Accounts.idOf(session, "laura.nielsen@nextwork.example");
        Optional<String> sofie = Accounts.idOf(session, "sofie.ahmadi@nextwork.example");
        if (mikkel.isEmpty() || noah.isEmpty() || laura.isEmpty() || sofie.isEmpty()
                || !session.nodeExists(Offers.PARTNERS + "/surdejshjoernet")
                || session.getNode(MatchingTree.ROUNDS).hasNodes()) {
            return;
        }
        LargeFolders.child(session.getRootNode(), Offers.ROOT.substring(1));
        finishedRound(session, today, noah.get(), laura.get(), sofie.get());
        openRound(session, today, mikkel.get(), laura.get(), sofie.get());
    }

    /**
     * Birth months for the open round's candidates at the bakery: Laura (22) shares her development
     * picture with the companies on her list, Sofie (19) does not. Mikkel's choices are his to make.
     */
    static void addProfiles(InstallContext context) throws Exception {
        Session session = context.session();
        LocalDate today = PortalTime.today(context.clock());
        Optional<String> laura = Accounts.idOf(session, "laura.nielsen@nextwork.example");
        Optional<String> sofie = Accounts.idOf(session, "sofie.ahmadi@nextwork.example");
        if (laura.isEmpty() || sofie.isEmpty() || session.getNode(MatchingTree.PROFILES).hasNodes()) {
            return;
        }
        String changed = today.minusDays(2).atTime(19, 40).atZone(PortalTime.ZONE).toInstant().toString();
        profile(session, laura.get(), YearMonth.from(today.minusYears(22).minusMonths(4)), true, changed);
        profile(session, sofie.get(), YearMonth.from(today.minusYears(19).minusMonths(7)), false, changed);
    }

    private static void profile(Session session, String youngPerson, YearMonth born, boolean sharesDevelopment,
                                String changed) throws RepositoryException {
        Node node = session.getNode(MatchingTree.PROFILES).addNode(youngPerson, "nt:unstructured");
        node.setProperty("born", born.toString());
        node.setProperty("sharesDevelopment", sharesDevelopment);
        node.setProperty("changedBy", youngPerson);
        node.setProperty("changed", changed);
    }

    private static void finishedRound(Session session, LocalDate today, String noah, String laura, String sofie)
            throws RepositoryException {
        LocalDate ran = today.minusWeeks(7);
        Offer warehouse = closed(session, Offers.install(session, "midtvejs-lager-demo-foraar", "midtvejs-lager", terms(
                "Lagerhjælper", "Warehouse helper", "Plukke ordrer, modtage varer og holde orden på lageret.",
                "Pick orders, receive goods and keep the warehouse tidy.", "Lager og logistik", "Warehouse and logistics",
                "Roskilde Øst", 25, ran.plusWeeks(2), 16, 1, "Sikkerhedssko får du udleveret.", "You are given safety shoes.")));
        Offer nursery = closed(session, Offers.install(session, "planteskolen-demo-foraar", "planteskolen-laerkereden", terms(
                "Gartnerhjælper i foråret", "Gardener's helper in spring", "Prikle planter ud, vande og hjælpe kunder i salgsgården.",
                "Prick out plants, water and help customers in the yard.", "Planteskole", "Plant nursery", "Svogerslev", 18,
                ran.plusWeeks(2), 10, 1, "", "")));
        Offer garage = closed(session, Offers.install(session, "stempel-og-skrue-demo-foraar", "stempel-og-skrue", terms(
                "Hjælper på værkstedet", "Helper in the garage", "Skifte hjul, gøre biler klar og holde værkstedet rent.",
                "Change tyres, prepare cars and keep the garage clean.", "Autoværksted", "Car repair", "Roskilde Vest", 20,
                ran.plusWeeks(2), 8, 1, "", "")));
        Node round = round(session, ran.minusWeeks(3), ran.minusWeeks(2), ran.minusDays(2), ran.plusWeeks(2), 5);
        wishes(round, noah, ran.minusWeeks(2), List.of(warehouse.id()), List.of("Jeg kan lide faste rutiner."));
        wishes(round, laura, ran.minusWeeks(2), List.of(nursery.id()), List.of("Jeg vil gerne prøve noget nyt udendørs."));
        wishes(round, sofie, ran.minusWeeks(2), List.of(nursery.id(), garage.id()),
                List.of("Jeg kan godt lide planter.", ""));
        ranking(round, warehouse.id(), List.of(noah), List.of());
        ranking(round, nursery.id(), List.of(laura, sofie), List.of());
        ranking(round, garage.id(), List.of(), List.of(sofie));
        MatchingResult result = RoundRun.run(RoundRun.inputNow(session, round,
                List.of(open(warehouse), open(nursery), open(garage)), ran, 20_261_104L));
        RoundRun.store(round, result, ran.plusDays(5));
        round.setProperty("ran", ran.atTime(14, 0).atZone(PortalTime.ZONE).toInstant().toString());
        round.setProperty("ranBy", "demo:coordinator");
        Node proposals = round.getNode(MatchingTree.PROPOSALS);
        for (javax.jcr.NodeIterator nodes = proposals.getNodes(); nodes.hasNext(); ) {
            nodes.nextNode().setProperty("mailed", ran.atTime(15, 0).atZone(PortalTime.ZONE).toInstant().toString());
        }
        if (proposals.hasNode(noah)) {
            Node proposal = proposals.getNode(noah);
            proposal.setProperty("youngPersonSaid", true);
            proposal.setProperty("companySaid", true);
            proposal.setProperty("state", ProposalState.PLACED.name());
            proposal.setProperty("placement", "noah-midtvejs-lager");
        }
        if (proposals.hasNode(laura)) {
            Node proposal = proposals.getNode(laura);
            proposal.setProperty("youngPersonSaid", false);
            proposal.setProperty("state", ProposalState.DECLINED.name());
        }
    }

    private static void openRound(Session session, LocalDate today, String mikkel, String laura, String sofie)
            throws RepositoryException {
        LocalDate start = today.plusWeeks(3);
        Offer bakery = Offers.install(session, "surdejshjoernet-demo-morgen", "surdejshjoernet", terms(
                "Bagerhjælper i morgenvagten", "Baker's helper on the early shift",
                "Ælte dej, forme boller og gøre disken klar, før caféen åbner. Du arbejder sammen med en af bagerne.",
                "Knead dough, shape buns and set up the counter before the café opens. You work with one of the bakers.",
                "Bageri og café", "Bakery and café", "Roskilde midtby", 20, start, 12, 1,
                "Mød kl. 6 i bagindgangen. Forklæde får du her; tag behagelige sko på.",
                "Meet at 6 at the back door. You get an apron here; wear comfortable shoes."));
        Offer warehouse = Offers.install(session, "midtvejs-lager-demo-vinter", "midtvejs-lager", terms(
                "Lagermedarbejder", "Warehouse worker", "Modtage varer, plukke ordrer og køre med palleløfter.",
                "Receive goods, pick orders and drive a pallet truck.", "Lager og logistik", "Warehouse and logistics",
                "Roskilde Øst", 25, start, 16, 2, "Sikkerhedssko får du udleveret første dag.",
                "You are given safety shoes on your first day."));
        Offer nursery = Offers.install(session, "planteskolen-demo-vinter", "planteskolen-laerkereden", terms(
                "Gartnerhjælper", "Gardener's helper", "Passe planterne i væksthuset og gøre salgsgården klar til foråret.",
                "Tend the plants in the greenhouse and get the yard ready for spring.", "Planteskole", "Plant nursery",
                "Svogerslev", 18, start, 10, 1, "Tag tøj på, der må blive beskidt.", "Wear clothes that may get dirty."));
        Offer supermarket = Offers.install(session, "hyldebaer-demo-vinter", "hyldebaer-supermarked", terms(
                "Butiksmedhjælper", "Shop assistant", "Fylde varer op, hjælpe kunder og tage en tørn ved kassen.",
                "Stock shelves, help customers and take a turn at the till.", "Dagligvarer", "Groceries", "Roskilde Syd", 22,
                start, 12, 1, "", ""));
        Offer workshop = Offers.install(session, "fjordbyens-vaerksted-demo", "fjordbyens-vaerksted", terms(
                "Snedkerhjælper", "Carpenter's helper", "Tilskære, slibe og overfladebehandle træ; med ud til kunder.",
                "Cut, sand and finish wood; come along to customers.", "Snedker og tømrer", "Carpentry and joinery",
                "Roskilde Fjord", 18, today.plusWeeks(9), 12, 1, "", ""));
        Offer garage = Offers.install(session, "stempel-og-skrue-demo", "stempel-og-skrue", terms(
                "Mekanikerhjælper", "Mechanic's helper", "Skifte olie og hjul og hjælpe mekanikerne med service.",
                "Change oil and tyres and help the mechanics with servicing.", "Autoværksted", "Car repair", "Roskilde Vest",
                20, today.plusWeeks(10), 8, 1, "", ""));
        Node round = round(session, today.minusDays(4), today.plusDays(6), today.plusDays(10), start, 5);
        wishes(round, mikkel, today.minusDays(1), List.of(workshop.id(), warehouse.id()),
                List.of("Jeg vil gerne blive bedre til træ og måske få en læreplads.", ""));
        wishes(round, laura, today.minusDays(2), List.of(supermarket.id(), bakery.id(), warehouse.id()),
                List.of("Jeg kan lide at have travlt og hjælpe kunder.", "Jeg vil gerne prøve at bage.", ""));
        wishes(round, sofie, today.minusDays(3), List.of(nursery.id(), bakery.id(), supermarket.id()),
                List.of("Jeg vil gerne arbejde udenfor med planter.", "Min moster er bager, det lyder hyggeligt.", ""));
        ranking(round, supermarket.id(), List.of(laura, sofie), List.of());
        Node trial = LargeFolders.child(LargeFolders.child(round, MatchingTree.TRIALS), bakery.id()).addNode(sofie, "nt:unstructured");
        trial.setProperty("day", today.plusDays(2).toString());
        trial.setProperty("by", "demo:surdejshjoernet");
        Node interest = LargeFolders.child(session.getNode(MatchingTree.INTEREST), mikkel);
        MatchingTree.setStrings(interest, "offers", List.of(workshop.id(), warehouse.id(), garage.id()));
    }

    private static Node round(Session session, LocalDate opened, LocalDate listsDue, LocalDate rankingsDue,
                              LocalDate plannedStart, int answerDays) throws RepositoryException {
        Node round = session.getNode(MatchingTree.ROUNDS).addNode(opened + "-demo", "nt:unstructured");
        round.setProperty("listsDue", listsDue.toString());
        round.setProperty("rankingsDue", rankingsDue.toString());
        round.setProperty("plannedStart", plannedStart.toString());
        round.setProperty("answerDays", answerDays);
        round.setProperty("opened", opened.toString());
        round.setProperty("openedBy", "demo:coordinator");
        round.setProperty("openedMailed", opened.atTime(9, 0).atZone(PortalTime.ZONE).toInstant().toString());
        return round;
    }

    private static void wishes(Node round, String youngPerson, LocalDate changed, List<String> offers, List<String> whys)
            throws RepositoryException {
        Node list = LargeFolders.child(round, MatchingTree.WISHES).addNode(youngPerson, "nt:unstructured");
        MatchingTree.setStrings(list, "offers", offers);
        MatchingTree.setStrings(list, "whys", whys);
        list.setProperty("changedBy", youngPerson);
        list.setProperty("changed", changed.atTime(19, 30).atZone(PortalTime.ZONE).toInstant().toString());
    }

    private static void ranking(Node round, String offer, List<String> ranked, List<String> notThisTime)
            throws RepositoryException {
        Node node = LargeFolders.child(round, MatchingTree.RANKINGS).addNode(offer, "nt:unstructured");
        MatchingTree.setStrings(node, "ranked", ranked);
        MatchingTree.setStrings(node, "notThisTime", new ArrayList<>(notThisTime));
        node.setProperty("by", "demo:" + offer);
    }

    private static OfferTerms terms(String title, String titleEn, String work, String workEn, String industry,
                                    String industryEn, String area, int hours, LocalDate start, int weeks, int seats,
                                    String firstDay, String firstDayEn) {
        return new OfferTerms(new Bilingual(title, titleEn), new Bilingual(work, workEn), new Bilingual(industry, industryEn),
                area, hours, start, weeks, seats, new Bilingual(firstDay, firstDayEn));
    }

    /** An offer of the finished round: closed since (its seat taken, or given up for this winter's offer). */
    private static Offer closed(Session session, Offer offer) throws RepositoryException {
        session.getNode(Offers.ROOT + "/" + offer.id()).setProperty(dk.nextwork.platform.content.ContentService.PUBLISHED, false);
        return new Offer(offer.id(), offer.company(), offer.terms(), false);
    }

    private static Offer open(Offer offer) {
        return new Offer(offer.id(), offer.company(), offer.terms(), true);
    }

}

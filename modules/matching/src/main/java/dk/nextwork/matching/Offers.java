package dk.nextwork.matching;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.jcr.Node;
import javax.jcr.NodeIterator;
import javax.jcr.RepositoryException;
import javax.jcr.Session;
import javax.jcr.query.Query;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dk.nextwork.identity.AuditTrail;
import dk.nextwork.identity.SignedInUser;
import dk.nextwork.platform.content.ContentService;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.content.ContentValidationException;
import dk.nextwork.platform.lightmodule.Definitions;
import dk.nextwork.platform.repository.JcrValues;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RefusableWork;
import dk.nextwork.platform.time.PortalTime;
import dk.nextwork.program.Companies;
import dk.nextwork.program.Company;
import dk.nextwork.program.Enrolments;
import dk.nextwork.program.Programme;
import dk.nextwork.reporting.Bilingual;

/**
 * Placement offers (praktikpladser): a company's representative, or a coordinator for them, opens,
 * changes and closes them. An offer is content of the type {@value #TYPE} in {@value #ROOT},
 * published while it is open: the company's partner page lists it and the delivery API serves it
 * ({@code /.rest/delivery/offers/}). Its seats are the places still to fill: never more than the
 * company's free capacity over the offer's weeks (the capacity, less the placements there then and
 * the seats of the company's other open offers then); a placement made from it takes a seat.
 */
@ApplicationScoped
public class Offers {

    public static final String ROOT = "/offers";
    public static final String TYPE = "offer";
    public static final String PARTNERS = "/partners";
    public static final int MAX_TITLE = 80;
    public static final int MAX_TEXT = 1000;
    public static final int MIN_WEEKS = dk.nextwork.program.Placements.MIN_WEEKS;
    public static final int MAX_WEEKS = 26;

    private final PortalRepository repository;
    private final Definitions definitions;
    private final Companies companies;
    private final Programme programme;
    private final AuditTrail audit;
    private final Clock clock;

    /** For CDI's client proxy only. */
    protected Offers() {
        this(null, null, null, null, null, Clock.systemUTC());
    }

    @Inject
    public Offers(PortalRepository repository, Definitions definitions, Companies companies, Programme programme,
                  AuditTrail audit) {
        this(repository, definitions, companies, programme, audit, Clock.systemUTC());
    }

    public Offers(PortalRepository repository, Definitions definitions, Companies companies, Programme programme,
                  AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.definitions = definitions;
        this.companies = companies;
        this.programme = programme;
        this.audit = audit;
        this.clock = clock;
    }

    /** Opens a new offer for the company, on its partner page at once. */
    public Offer open(SignedInUser by, String company, OfferTerms terms) throws MatchingRefusedException {
        MatchingRoles.requireForCompany(by, company);
        String id = company + "-" + UUID.randomUUID().toString().substring(0, 8);
        Offer opened = write(company, id, terms, null);
        audit.record(by.id(), "matching.offer.open", null, id, null);
        return opened;
    }

    /** Changes an open offer's terms; the seats stay within the company's free capacity. */
    public Offer change(SignedInUser by, String id, OfferTerms terms) throws MatchingRefusedException {
        Offer current = find(id).filter(Offer::open).orElseThrow(() -> new MatchingRefusedException("matching.refused.noOffer"));
        MatchingRoles.requireForCompany(by, current.company());
        Offer changed = write(current.company(), id, terms, id);
        audit.record(by.id(), "matching.offer.change", null, id, null);
        return changed;
    }

    /** Closes an offer: off the partner page and out of later rounds; proposals already made stand. */
    public Offer close(SignedInUser by, String id) throws MatchingRefusedException {
        Offer current = find(id).filter(Offer::open).orElseThrow(() -> new MatchingRefusedException("matching.refused.noOffer"));
        MatchingRoles.requireForCompany(by, current.company());
        Offer closed = repository.withServiceSession(session -> {
            Node node = session.getNode(ROOT + "/" + id);
            node.setProperty(ContentService.PUBLISHED, false);
            session.save();
            return read(node);
        });
        audit.record(by.id(), "matching.offer.close", null, id, null);
        return closed;
    }

    /** A company's offers, open ones first, then by start; for its representatives and coordinators. */
    public List<Offer> ofCompany(SignedInUser by, String company) {
        MatchingRoles.requireForCompany(by, company);
        return repository.withServiceSession(session -> {
            List<Offer> offers = ofCompany(session, company);
            offers.sort(Comparator.comparing((Offer offer) -> !offer.open()).thenComparing(offer -> offer.terms().start())
                    .thenComparing(Offer::id));
            return offers;
        });
    }

    /** Every open offer, by start and then title: what young people browse (public, as on the partner pages). */
    public List<Offer> openOffers() {
        return repository.withServiceSession(session -> {
            List<Offer> offers = new ArrayList<>();
            if (session.nodeExists(ROOT)) {
                for (NodeIterator nodes = session.getNode(ROOT).getNodes(); nodes.hasNext(); ) {
                    Node node = nodes.nextNode();
                    if (isOffer(node) && isPublished(node)) {
                        offers.add(read(node));
                    }
                }
            }
            offers.sort(Comparator.comparing((Offer offer) -> offer.terms().start())
                    .thenComparing(offer -> offer.terms().title().da()).thenComparing(Offer::id));
            return offers;
        });
    }

    /** The open offers the filter finds, as {@link #openOffers()} orders them. */
    public List<Offer> search(OfferFilter filter) {
        java.util.Map<String, String> names = new java.util.HashMap<>();
        companies.all().forEach(company -> names.put(company.id(), company.name()));
        return openOffers().stream().filter(offer -> filter.matches(offer, names.getOrDefault(offer.company(), ""))).toList();
    }

    public Optional<Offer> find(String id) {
        if (id == null || !ContentService.isPathOfNames(id) || id.contains("/")) {
            return Optional.empty();
        }
        return repository.withServiceSession(session -> find(session, id));
    }

    /** How many seats the company could still offer over those days, leaving out the offer {@code except}. */
    public int freeSeats(String company, LocalDate start, LocalDate plannedEnd, String except) {
        Optional<Company> host = companies.find(company);
        return host.isEmpty() ? 0 : repository.withServiceSession(session -> freeSeats(session, host.get(), start, plannedEnd, except));
    }

    /** Takes one seat of the offer for a placement made from it, closing the offer when it has none left; does not save. */
    public static void takeSeat(Session session, String id) throws RepositoryException {
        Node node = session.getNode(ROOT + "/" + id);
        long seats = node.getProperty("seats").getLong() - 1;
        if (seats <= 0) {
            node.setProperty(ContentService.PUBLISHED, false);
        } else {
            node.setProperty("seats", seats);
        }
    }

    /**
     * For install tasks (the demo's offers), which have no content types at hand: an open offer
     * with its values as the type stores them; does not save.
     */
    public static Offer install(Session session, String id, String company, OfferTerms terms) throws RepositoryException {
        Node node = session.getNode(ROOT).addNode(id, "nt:unstructured");
        java.util.Calendar now = JcrValues.utc(Instant.now());
        node.setProperty(ContentType.TYPE_PROPERTY, TYPE);
        node.setProperty(ContentService.CREATED, now);
        node.setProperty(ContentService.MODIFIED, now);
        node.setProperty(ContentService.PUBLISHED, true);
        node.setProperty(ContentService.PUBLISHED_AT, now);
        for (Map.Entry<String, Object> value : values(PARTNERS + "/" + company, terms).entrySet()) {
            node.setProperty(value.getKey(), JcrValues.toValue(session.getValueFactory(), value.getValue()));
        }
        return read(node);
    }

    public static Optional<Offer> find(Session session, String id) throws RepositoryException {
        String path = ROOT + "/" + id;
        return session.nodeExists(path) && isOffer(session.getNode(path)) ? Optional.of(read(session.getNode(path)))
                : Optional.empty();
    }

    private Offer write(String company, String id, OfferTerms terms, String except) throws MatchingRefusedException {
        Company host = companies.find(company).orElseThrow(() -> new MatchingRefusedException("matching.refused.noCompany"));
        check(terms);
        ContentType type = definitions.contentType(TYPE)
                .orElseThrow(() -> new IllegalStateException("the content type " + TYPE + " is not defined"));
        return RefusableWork.run(repository, MatchingRefusedException.class, session -> {
            String partnerPage = PARTNERS + "/" + company;
            if (!session.nodeExists(partnerPage)) {
                throw new MatchingRefusedException("matching.refused.noPartnerPage", host.name());
            }
            int free = freeSeats(session, host, terms.start(), terms.plannedEnd(), except);
            if (terms.seats() > free) {
                throw new MatchingRefusedException(free == 0 ? "matching.refused.noFreeSeats" : "matching.refused.seats",
                        host.name(), free);
            }
            Map<String, Object> stored;
            try {
                stored = ContentService.check(session, type, values(partnerPage, terms));
            } catch (ContentValidationException e) {
                throw new IllegalStateException("an offer that passed the matching's checks failed its content type: "
                        + e.getMessage(), e);
            }
            ContentService.put(session, type, ROOT + "/" + id, stored, true);
            session.save();
            return read(session.getNode(ROOT + "/" + id));
        });
    }

    private void check(OfferTerms terms) throws MatchingRefusedException {
        required(terms.title(), MAX_TITLE, "matching.refused.title");
        required(terms.work(), MAX_TEXT, "matching.refused.work");
        required(terms.industry(), MAX_TITLE, "matching.refused.industry");
        if (terms.area().isEmpty() || terms.area().length() > MAX_TITLE) {
            throw new MatchingRefusedException("matching.refused.area", MAX_TITLE);
        }
        if (terms.firstDay().da().length() > MAX_TEXT || terms.firstDay().en().length() > MAX_TEXT) {
            throw new MatchingRefusedException("matching.refused.tooLong", MAX_TEXT);
        }
        if (terms.hoursPerWeek() < Enrolments.MIN_HOURS_PER_WEEK || terms.hoursPerWeek() > Enrolments.MAX_HOURS_PER_WEEK) {
            throw new MatchingRefusedException("matching.refused.hours", Enrolments.MIN_HOURS_PER_WEEK,
                    Enrolments.MAX_HOURS_PER_WEEK);
        }
        if (terms.start() == null || terms.start().isBefore(PortalTime.today(clock))) {
            throw new MatchingRefusedException("matching.refused.start");
        }
        if (terms.weeks() < MIN_WEEKS || terms.weeks() > MAX_WEEKS) {
            throw new MatchingRefusedException("matching.refused.weeks", MIN_WEEKS, MAX_WEEKS);
        }
        if (terms.seats() < 1) {
            throw new MatchingRefusedException("matching.refused.noSeat");
        }
    }

    private static void required(Bilingual text, int max, String reason) throws MatchingRefusedException {
        if (text.da().isEmpty() || text.da().length() > max || text.en().length() > max) {
            throw new MatchingRefusedException(reason, max);
        }
    }

    private static Map<String, Object> values(String partnerPage, OfferTerms terms) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("company", partnerPage);
        bilingual(values, "title", terms.title());
        bilingual(values, "work", terms.work());
        bilingual(values, "industry", terms.industry());
        values.put("area", terms.area());
        values.put("hoursPerWeek", (long) terms.hoursPerWeek());
        values.put("start", JcrValues.utc(terms.start().atStartOfDay(ZoneOffset.UTC).toInstant()));
        values.put("weeks", (long) terms.weeks());
        values.put("seats", (long) terms.seats());
        if (!terms.firstDay().da().isEmpty()) {
            bilingual(values, "firstDay", terms.firstDay());
        }
        return values;
    }

    private static void bilingual(Map<String, Object> values, String name, Bilingual text) {
        values.put(name, text.da());
        if (!text.en().isEmpty()) {
            values.put(name + "_en", text.en());
        }
    }

    private int freeSeats(Session session, Company host, LocalDate start, LocalDate plannedEnd, String except)
            throws RepositoryException {
        if (start == null || plannedEnd == null) {
            return 0;
        }
        long placed = programme.placementsAt(host.id()).stream().filter(placement -> placement.overlaps(start, plannedEnd))
                .count();
        int offered = 0;
        for (Offer other : ofCompany(session, host.id())) {
            if (other.open() && !other.id().equals(except)
                    && !other.terms().start().isAfter(plannedEnd) && !other.terms().plannedEnd().isBefore(start)) {
                offered += other.terms().seats();
            }
        }
        return (int) Math.max(0, host.placementCapacity() - placed - offered);
    }

    /** The company's open offers, by the index on an offer's company. */
    static List<Offer> openOfCompany(Session session, String company) throws RepositoryException {
        return ofCompany(session, company).stream().filter(Offer::open).toList();
    }

    /** The company's offers, by the index on an offer's company (its partner page). */
    private static List<Offer> ofCompany(Session session, String company) throws RepositoryException {
        List<Offer> offers = new ArrayList<>();
        if (!session.nodeExists(ROOT)) {
            return offers;
        }
        Query query = session.getWorkspace().getQueryManager().createQuery(
                "SELECT * FROM [nt:base] AS o WHERE ISCHILDNODE(o, '" + ROOT + "') AND o.[company] = $company",
                Query.JCR_SQL2);
        query.bindValue("company", session.getValueFactory().createValue(PARTNERS + "/" + company));
        for (NodeIterator nodes = query.execute().getNodes(); nodes.hasNext(); ) {
            Node node = nodes.nextNode();
            if (isOffer(node)) {
                offers.add(read(node));
            }
        }
        return offers;
    }

    private static boolean isOffer(Node node) throws RepositoryException {
        return node.hasProperty(ContentType.TYPE_PROPERTY) && TYPE.equals(node.getProperty(ContentType.TYPE_PROPERTY).getString());
    }

    private static boolean isPublished(Node node) throws RepositoryException {
        return node.hasProperty(ContentService.PUBLISHED) && node.getProperty(ContentService.PUBLISHED).getBoolean();
    }

    static Offer read(Node node) throws RepositoryException {
        String partner = node.getProperty("company").getString();
        OfferTerms terms = new OfferTerms(bilingual(node, "title"), bilingual(node, "work"), bilingual(node, "industry"),
                node.getProperty("area").getString(), (int) node.getProperty("hoursPerWeek").getLong(),
                day(node.getProperty("start").getDate().toInstant()), (int) node.getProperty("weeks").getLong(),
                (int) node.getProperty("seats").getLong(), bilingual(node, "firstDay"));
        return new Offer(node.getName(), partner.substring(partner.lastIndexOf('/') + 1), terms, isPublished(node));
    }

    private static LocalDate day(Instant instant) {
        return instant.atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static Bilingual bilingual(Node node, String name) throws RepositoryException {
        return new Bilingual(node.hasProperty(name) ? node.getProperty(name).getString() : "",
                node.hasProperty(name + "_en") ? node.getProperty(name + "_en").getString() : "");
    }
}

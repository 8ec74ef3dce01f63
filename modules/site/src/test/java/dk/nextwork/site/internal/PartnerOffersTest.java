package dk.nextwork.site.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.jcr.query.Query;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nu.validator.client.EmbeddedValidator;

import dk.nextwork.dam.Assets;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.platform.content.ContentService;
import dk.nextwork.platform.content.ContentType;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.testing.RunningPlatform;

/**
 * A partner's page lists the company's open placement offers: the published items of the
 * {@code nextwork-matching} light module's {@code offer} type whose {@code company} is the partner,
 * saved here through {@link ContentService} as the matching module saves them.
 */
class PartnerOffersTest {

    static final String SURDEJ = "/samarbejdspartnere/surdejshjoernet";
    private static final Duration CHANGES_SHOW = Duration.ofSeconds(15);

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private Platform platform;
    private ContentService content;
    private SiteRenderer site;

    @BeforeEach
    void start() {
        platform = running.platform();
        content = new ContentService(platform.definitions(), platform.repository());
        site = new SiteRenderer(platform.repository(), platform.definitions(), platform.publicChanges(),
                new Assets(platform.repository(), new AuditTrail(platform.repository(), running.clock()),
                        running.clock()));
    }

    @AfterEach
    void stop() {
        site.stop();
    }

    /** The storage tree of offers (the platform makes it at start; made here should it not). */
    static void createOffersTree(Platform platform) {
        platform.repository().withServiceSession(session -> {
            if (!session.nodeExists("/offers")) {
                session.getRootNode().addNode("offers", "nt:unstructured");
                session.save();
            }
            return null;
        });
    }

    static Map<String, Object> offer(String company, String title, String titleEnglish, String start, int seats) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("company", company);
        values.put("title", title);
        values.put("title_en", titleEnglish);
        values.put("work", "Du bager brød om morgenen.\nOg du hjælper i butikken.");
        values.put("work_en", "You bake bread in the morning.");
        values.put("industry", "Bageri");
        values.put("industry_en", "Bakery");
        values.put("area", "Roskilde");
        values.put("hoursPerWeek", 16);
        values.put("start", start);
        values.put("weeks", 12);
        values.put("seats", seats);
        return values;
    }

    /** Two published offers and an unpublished one for Surdejshjørnet, one published offer for Midtvejs Lager. */
    void saveOffers() throws Exception {
        createOffersTree(platform);
        Map<String, Object> baker = offer("/partners/surdejshjoernet", "Morgenbager", "Morning baker",
                "2027-01-04T00:00:00Z", 2);
        baker.put("firstDay", "Praktiske sko og et forklæde.");
        baker.put("firstDay_en", "Sturdy shoes and an apron.");
        content.save("offer", "surdej-morgenbager", baker, true);
        content.save("offer", "surdej-cafe", offer("/partners/surdejshjoernet", "Caféhjælper", "Café helper",
                "2026-12-14T00:00:00Z", 1), true);
        content.save("offer", "surdej-kager", offer("/partners/surdejshjoernet", "Kagebager", "Cake baker",
                "2027-02-01T00:00:00Z", 1), false);
        content.save("offer", "midtvejs-lager", offer("/partners/midtvejs-lager", "Lagerhjælper", "Warehouse helper",
                "2027-01-11T00:00:00Z", 3), true);
    }

    @Test
    void aPartnersPageListsItsPublishedOffersOnlyInDanishWithTheDateInWords() throws Exception {
        saveOffers();
        String html = await().atMost(CHANGES_SHOW).until(() -> site.render(SURDEJ).html(),
                page -> page.contains("Morgenbager"));
        String offers = html.substring(html.indexOf("<section aria-labelledby=\"offers\""));
        offers = offers.substring(0, offers.indexOf("</section>"));
        assertTrue(offers.contains("<h2 id=\"offers\">Ledige praktikpladser</h2>"), offers);
        assertTrue(offers.indexOf("Caféhjælper") < offers.indexOf("Morgenbager"),
                "the sooner start first: " + offers);
        assertTrue(offers.contains("<dd>4. jan. 2027</dd>"), offers);
        assertTrue(offers.contains("<dd>14. dec. 2026</dd>"), offers);
        assertFalse(offers.contains("2027-01-04"), "no ISO date: " + offers);
        assertTrue(offers.contains("<dd>2 pladser</dd>") && offers.contains("<dd>1 plads</dd>"), offers);
        assertTrue(offers.contains("<dd>12 uger</dd>") && offers.contains("<dd>16</dd>")
                && offers.contains("<dd>Roskilde</dd>") && offers.contains("<dd>Bageri</dd>"), offers);
        assertTrue(offers.contains("Du bager brød om morgenen."), offers);
        assertTrue(offers.contains("Det skal du have med / din første dag") && offers.contains("Praktiske sko"),
                offers);
        assertEquals(1, offers.split("Det skal du have med", -1).length - 1,
                "only the offer that says what to bring has the heading: " + offers);
        assertFalse(offers.contains("Kagebager"), "an unpublished offer is not shown: " + offers);
        assertFalse(html.contains("Lagerhjælper"), "another company's offer is not shown");
        assertFalse(offers.contains("/partners/"), "no repository path is shown: " + offers);

        String other = site.render("/samarbejdspartnere/midtvejs-lager").html();
        assertTrue(other.contains("Lagerhjælper") && other.contains("3 pladser") && !other.contains("Morgenbager"));
    }

    @Test
    void inEnglishTheOffersHaveTheirEnglishTitleAndTheDateInEnglish() throws Exception {
        saveOffers();
        String html = await().atMost(CHANGES_SHOW).until(() -> site.render("/en" + SURDEJ).html(),
                page -> page.contains("Morning baker"));
        assertTrue(html.contains("<h2 id=\"offers\">Open placements</h2>"), html);
        assertTrue(html.contains("<dd>4 Jan 2027</dd>") && html.contains("<dd>14 Dec 2026</dd>"), html);
        assertTrue(html.contains("<dd>2 seats</dd>") && html.contains("<dd>1 seat</dd>")
                && html.contains("<dd>12 weeks</dd>") && html.contains("<dd>Bakery</dd>"), html);
        assertTrue(html.contains("What to bring / your first day") && html.contains("Sturdy shoes"), html);
        assertFalse(html.contains("Morgenbager") || html.contains("Cake baker") || html.contains("Warehouse helper"), html);
    }

    @Test
    void aPartnerWithNoOpenOfferSaysSoInOneLine() throws Exception {
        saveOffers();
        String html = site.render("/samarbejdspartnere/fjordbyens-vaerksted").html();
        assertTrue(html.contains("<h2 id=\"offers\">Ledige praktikpladser</h2>"), html);
        assertTrue(html.contains("Der er ingen ledige praktikpladser lige nu."), html);
        assertFalse(html.contains("class=\"offer-list\""), html);
        assertTrue(site.render("/en/samarbejdspartnere/fjordbyens-vaerksted").html()
                .contains("There are no open placements right now."));
    }

    /** The platform makes a content type's storage tree at start; should it be gone, there are simply none. */
    @Test
    void withoutTheOffersTreeThereAreSimplyNone() {
        platform.repository().withServiceSession(session -> {
            if (session.nodeExists("/offers")) {
                session.getNode("/offers").remove();
                session.save();
            }
            return null;
        });
        String html = site.render(SURDEJ).html();
        assertTrue(html.contains("Der er ingen ledige praktikpladser lige nu."), html);
    }

    @Test
    void publishingAndUnpublishingAnOfferShowsOnTheNextRequest() throws Exception {
        saveOffers();
        await().atMost(CHANGES_SHOW).until(() -> site.render(SURDEJ).html(), page -> page.contains("Morgenbager"));
        content.save("offer", "surdej-kager", offer("/partners/surdejshjoernet", "Kagebager", "Cake baker",
                "2027-02-01T00:00:00Z", 1), true);
        await().atMost(CHANGES_SHOW).until(() -> site.render(SURDEJ).html(), page -> page.contains("Kagebager"));
        platform.repository().withServiceSession(session -> {
            session.getNode("/offers/surdej-kager").setProperty("published", false);
            session.save();
            return null;
        });
        await().atMost(CHANGES_SHOW).until(() -> site.render(SURDEJ).html(), page -> !page.contains("Kagebager"));
    }

    /** The linked items are read by a query on an index, not by walking the offers. */
    @Test
    void theOffersAreFoundThroughAnIndex() throws Exception {
        saveOffers();
        ContentType offer = platform.definitions().contentType("offer").orElseThrow();
        String statement = LinkedFrom.query(offer, offer.property("company").orElseThrow());
        String plan = platform.repository().withServiceSession(session -> {
            Query query = session.getWorkspace().getQueryManager().createQuery("EXPLAIN " + statement, Query.JCR_SQL2);
            var values = session.getValueFactory();
            query.bindValue("type", values.createValue("offer"));
            query.bindValue("target", values.createValue("/partners/surdejshjoernet"));
            query.bindValue("published", values.createValue(true));
            return query.execute().getRows().nextRow().getValue("plan").getString();
        });
        assertTrue(plan.contains("/oak:index/contentType"), "the platform's index of content types: " + plan);
        assertFalse(plan.contains("traverse"), plan);
    }

    @Test
    void aPartnersPageWithOffersIsValidHtml5() throws Exception {
        saveOffers();
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        for (String address : List.of(SURDEJ, "/en" + SURDEJ, "/samarbejdspartnere/fjordbyens-vaerksted")) {
            String page = await().atMost(CHANGES_SHOW).until(() -> site.render(address).html(),
                    html -> html.contains("offers"));
            String report = validator.validate(new ByteArrayInputStream(page.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            List<String> errors = report.lines().filter(line -> line.contains(": error:") || line.contains("fatal")).toList();
            assertEquals(List.of(), errors, address);
        }
    }
}

package dk.nextwork.site.internal;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.jcr.Node;
import javax.jcr.RepositoryException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import nu.validator.client.EmbeddedValidator;

import dk.nextwork.dam.Assets;
import dk.nextwork.identity.AuditTrail;
import dk.nextwork.platform.content.ContentService;
import dk.nextwork.platform.repository.PortalRepository;
import dk.nextwork.platform.repository.RepositoryFailure;
import dk.nextwork.platform.repository.SessionWork;
import dk.nextwork.platform.runtime.Platform;
import dk.nextwork.platform.testing.RunningPlatform;
import dk.nextwork.platform.testing.SavesObserved;

/** The public site rendered from the bootstrap content with the nextwork-site light module's templates. */
class SiteRendererTest {

    private static final List<String> SEED_SECTIONS = List.of("de-unge", "indsatsen", "virksomhederne", "ungestoette",
            "virksomhedsstoette", "hvem-er-nextwork-for", "samarbejdspartnere", "vaerktoejer", "udviklingsparametre",
            "monitorering", "kontakt");
    private static final Pattern NAV_LINK = Pattern.compile("<li><a href=\"([^\"]+)\"");
    /** Caches are cleared, and the full-text index updated, a moment after a save. */
    private static final Duration CHANGES_SHOW = Duration.ofSeconds(15);
    private static final Pattern ALTERNATE = Pattern.compile("class=\"language\" href=\"([^\"]+)\"");

    @RegisterExtension
    final RunningPlatform running = new RunningPlatform();

    private Platform platform;
    private SiteRenderer site;

    @BeforeEach
    void start() {
        platform = running.platform();
        site = new SiteRenderer(platform.repository(), platform.definitions(), platform.publicChanges(),
                new Assets(platform.repository(), new AuditTrail(platform.repository(), running.clock()),
                        running.clock()));
    }

    @AfterEach
    void stop() {
        site.stop();
    }

    private static List<String> navigation(String html) {
        String nav = html.substring(html.indexOf("<nav class=\"wrap main-nav\""), html.indexOf("</nav>"));
        List<String> links = new ArrayList<>();
        Matcher link = NAV_LINK.matcher(nav);
        while (link.find()) {
            links.add(link.group(1));
        }
        return links;
    }

    @Test
    void everySeedSectionIsReachableFromTheNavigationInBothLanguages() {
        for (String language : List.of("da", "en")) {
            String prefix = language.equals("en") ? "/en/" : "/";
            RenderedPage front = site.render(prefix);
            assertEquals(200, front.status());
            assertTrue(front.html().contains("<html lang=\"" + language + "\">"));
            List<String> links = navigation(front.html());
            assertEquals(SEED_SECTIONS.stream().map(section -> prefix + section).toList(), links);
            for (String link : links) {
                RenderedPage page = site.render(link);
                assertEquals(200, page.status(), link);
                assertTrue(page.html().contains("<html lang=\"" + language + "\">"), link);
            }
        }
    }

    @Test
    void aPageThatCannotBeReadIsA500TitledWithTheProductsName() {
        PortalRepository down = new PortalRepository() {
            @Override
            public <T> T withServiceSession(SessionWork<T> work) {
                throw new RepositoryFailure(new RepositoryException("the store does not answer"));
            }

            @Override
            public AutoCloseable onChange(String path, Runnable listener) {
                return () -> { };
            }

            @Override
            public String storeDescription() {
                return "down";
            }
        };
        SiteRenderer failing = new SiteRenderer(down, platform.definitions(), platform.publicChanges(),
                new Assets(down, new AuditTrail(down, running.clock()), running.clock()));
        try {
            RenderedPage page = failing.render("/");
            assertEquals(500, page.status());
            // the site's tests have no product declared (the web application declares NExTWORK)
            assertTrue(page.html().contains("<title>portal</title>"), page.html());
            RenderedPage search = failing.render("", "/soeg", "bager");
            assertEquals(500, search.status());
            assertTrue(search.html().contains("<title>portal</title>"), search.html());
        } finally {
            failing.stop();
        }
    }

    @Test
    void theLanguageSwitchLandsOnTheSamePageInTheOtherLanguage() {
        for (String address : List.of("/", "/indsatsen", "/samarbejdspartnere/surdejshjoernet", "/hvem-er-nextwork-for/liv")) {
            RenderedPage danish = site.render(address);
            Matcher switchLink = ALTERNATE.matcher(danish.html());
            assertTrue(switchLink.find(), address);
            String english = "/en" + address;
            assertEquals(english.equals("/en/") ? "/en/" : english, switchLink.group(1));
            RenderedPage translated = site.render(switchLink.group(1));
            assertEquals(200, translated.status());
            Matcher back = ALTERNATE.matcher(translated.html());
            assertTrue(back.find());
            assertEquals(address, back.group(1));
        }
        assertTrue(site.render("/en/samarbejdspartnere/surdejshjoernet").html().contains("Bakery and café"));
        assertTrue(site.render("/samarbejdspartnere/surdejshjoernet").html().contains("Bageri og café"));
    }

    @Test
    void unpublishedContentAndUnknownAddressesGetTheFriendly404InTheirLanguage() {
        RenderedPage hidden = site.render("/samarbejdspartnere/grenvej-cykler");
        assertEquals(404, hidden.status());
        assertTrue(hidden.html().contains("Siden findes ikke"));
        RenderedPage english = site.render("/en/no-such-page");
        assertEquals(404, english.status());
        assertTrue(english.html().contains("<html lang=\"en\">") && english.html().contains("Page not found"));
        assertEquals(404, site.render("/../system").status());
        assertEquals(404, site.render("/partners/surdejshjoernet").status(), "only addresses of the site");
    }

    @Test
    void publishingAnEditShowsOnTheNextRequest() throws Exception {
        assertTrue(site.render("/samarbejdspartnere/surdejshjoernet").html().contains("Bageri og café"));
        new ContentService(platform.definitions(), platform.repository()).save("partner", "surdejshjoernet", Map.of(
                "name", "Surdejshjørnet", "industry", "Bageri, café og catering", "employees", 13,
                "location", "Himmelev"), true);
        await().atMost(CHANGES_SHOW).until(() -> site.render("/samarbejdspartnere/surdejshjoernet").html(),
                html -> html.contains("Bageri, café og catering"));
    }

    @Test
    void auditEntriesReportsAndSignInsLeaveRenderedPagesCachedAndPublishingStillClearsThem() throws Exception {
        RenderedPage page = site.render("/samarbejdspartnere/surdejshjoernet");
        assertSame(page, site.render("/samarbejdspartnere/surdejshjoernet"));
        AuditTrail audit = new AuditTrail(platform.repository(), running.clock());
        SavesObserved.save(platform.repository(), // as every read of personal data does
                () -> audit.record("someone", "person.read", "someone-else", null, "127.0.0.1"));
        // a report's draft, a sign-in's failure count, an API token: saves of the programme and of identity
        SavesObserved.inSession(platform.repository(), session -> {
            // the reporting module owns /reports and is not part of the site's tests
            Node reports = session.nodeExists("/reports") ? session.getNode("/reports")
                    : session.getRootNode().addNode("reports", "nt:unstructured");
            reports.addNode("young-person", "nt:unstructured").setProperty("draft", true);
            session.getNode("/system").addNode("tokens-test", "nt:unstructured").setProperty("account", "x");
            session.save();
            return null;
        });
        assertSame(page, site.render("/samarbejdspartnere/surdejshjoernet"), "still the cached page");
        assertTrue(platform.publicChanges().trees().containsAll(List.of("/website", "/partners", "/profiles", "/dam")),
                platform.publicChanges().trees().toString());

        new ContentService(platform.definitions(), platform.repository()).save("partner", "surdejshjoernet", Map.of(
                "name", "Surdejshjørnet", "industry", "Bageri, café og catering", "employees", 13,
                "location", "Himmelev"), true);
        await("publishing clears it").atMost(CHANGES_SHOW).until(
                () -> site.render("/samarbejdspartnere/surdejshjoernet").html(), html -> html.contains("Bageri, café og catering"));
    }

    @Test
    void markdownIsRenderedAndTheEditorsRawHtmlIsEscaped() {
        String page = site.render("/indsatsen").html();
        assertTrue(page.contains("<h1>"), page);
        assertTrue(page.contains("<p>"), page);
        assertTrue(!page.contains("<script"), page);
    }

    @Test
    void theTraitsPageExplainsTheSixTraitsAndTheThreeDimensionsInBothLanguages() {
        String danish = site.render("/udviklingsparametre").html();
        assertTrue(danish.contains("<h2 id=\"trait-group\">De 6 karakteregenskaber</h2>"), danish);
        assertTrue(danish.contains("<h2 id=\"dimension-group\">De 3 dimensioner</h2>"), danish);
        assertEquals(9, count(danish, "<section class=\"trait\""));
        String traits = danish.substring(danish.indexOf("trait-group"), danish.indexOf("dimension-group"));
        assertEquals(6, count(traits, "<h3 "));
        assertTrue(traits.indexOf(">Initiativ</h3>") < traits.indexOf(">Ansvarsbevidsthed</h3>"), "in content order");
        String english = site.render("/en/udviklingsparametre").html();
        assertTrue(english.contains("<h3 id=\"initiativ-name\">Initiative</h3>"), english);
        assertTrue(english.contains("The 3 dimensions"), english);
    }

    @Test
    void componentsShowImagesWithTheirAltTextAndCallsToActionLeadingToTheirPage() {
        String front = site.render("/").html();
        assertTrue(front.contains("<img src=\"/.resources/nextwork-site/webresources/images/netvaerk.svg\" "
                + "alt=\"Illustration af en ung i midten"), front);
        assertTrue(front.contains("<figcaption>Den unge er i centrum"), front);
        assertTrue(front.contains("<a class=\"button\" href=\"/kontakt\">Kontakt NExTWORK</a>"), front);
        assertTrue(site.render("/en/").html().contains("<a class=\"button\" href=\"/en/kontakt\">Contact NExTWORK</a>"));
        String english = site.render("/en/indsatsen").html();
        assertTrue(english.contains("images/journey.svg\" alt=\"Illustration of a course"), "the English image: " + english);
        assertTrue(site.render("/indsatsen").html().contains("images/forloeb.svg"));
        assertTrue(site.render("/virksomhederne").html().contains("href=\"/samarbejdspartnere\">Se samarbejdspartnerne"));
    }

    @Test
    void anImageFromTheDamComesInTheSizesTheScreenNeeds() throws Exception {
        Assets assets = new Assets(platform.repository(), new AuditTrail(platform.repository(), running.clock()),
                running.clock());
        java.awt.image.BufferedImage picture = new java.awt.image.BufferedImage(1200, 600, java.awt.image.BufferedImage.TYPE_INT_RGB);
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(picture, "png", png);
        dk.nextwork.dam.Asset asset = assets.upload(new dk.nextwork.identity.SignedInUser("e", "e@example.org", "E",
                java.util.Set.of(dk.nextwork.identity.Role.EDITOR), null, "da"), "hold.png", png.toByteArray(), "Holdet", null);
        platform.repository().withServiceSession(session -> {
            Node image = component(session.getNode("/website/nextwork/vaerktoejer"), "holdbillede", "image", true);
            image.setProperty("image", asset.reference());
            image.setProperty("alt", "Holdet samlet på værkstedet");
            session.save();
            return null;
        });
        String base = "/dam/" + asset.id() + "/" + asset.version() + "/";
        await().atMost(CHANGES_SHOW).untilAsserted(() -> {
            String html = site.render("/vaerktoejer").html();
            assertTrue(html.contains("<img src=\"" + base + "w960/hold.png\" alt=\"Holdet samlet på værkstedet\" srcset=\""
                    + base + "w480/hold.png 480w, " + base + "w960/hold.png 960w, " + base + "original/hold.png 1200w\""), html);
        });
        assertTrue(site.render("/vaerktoejer").html().contains("width=\"1200\" height=\"600\""));
    }

    @Test
    void aComponentThatCannotBeShownProperlyIsLeftOut() throws Exception {
        platform.repository().withServiceSession(session -> {
            Node page = session.getNode("/website/nextwork/vaerktoejer");
            component(page, "til-intet", "call-to-action", true).setProperty("link", "/website/nextwork/findes-ikke");
            component(page, "skjult-side", "call-to-action", true).setProperty("link", "/website/nextwork/udkast");
            component(page, "mangler", "image", true).setProperty("image", "nextwork-site/images/findes-ikke.svg");
            component(page, "mangler-i-dam", "image", true).setProperty("image", "/dam/0123456789abcdef");
            component(page, "kladde", "text", false).setProperty("body", "Et udkast");
            component(page, "ukendt", "slider", true);
            component(page, "synlig", "text", true).setProperty("body", "Synlig tekst");
            Node draft = page.getParent().addNode("udkast", "nt:unstructured");
            draft.setProperty("contentType", "page");
            draft.setProperty("title", "Udkast");
            draft.setProperty("template", "article");
            draft.setProperty("published", false);
            session.save();
            return null;
        });
        await().atMost(CHANGES_SHOW).until(() -> site.render("/vaerktoejer").html(), html -> html.contains("Synlig tekst"));
        String page = site.render("/vaerktoejer").html();
        assertEquals(200, site.render("/vaerktoejer").status());
        for (String left : List.of("til-intet", "skjult-side", "mangler", "mangler-i-dam", "kladde", "ukendt", "Et udkast")) {
            assertTrue(!page.contains(left), left + " is not shown: " + page);
        }
    }

    @Test
    void aPageBelowAnUnpublishedPageIsNotReachable() throws Exception {
        platform.repository().withServiceSession(session -> {
            Node parent = session.getNode("/website/nextwork/vaerktoejer");
            Node child = parent.addNode("skema", "nt:unstructured");
            child.setProperty("contentType", "page");
            child.setProperty("title", "Skema");
            child.setProperty("template", "article");
            child.setProperty("published", true);
            session.save();
            return null;
        });
        await().atMost(CHANGES_SHOW).until(() -> site.render("/vaerktoejer/skema").status() == 200);
        platform.repository().withServiceSession(session -> {
            session.getNode("/website/nextwork/vaerktoejer").setProperty("published", false);
            session.save();
            return null;
        });
        await().atMost(CHANGES_SHOW).until(() -> site.render("/vaerktoejer/skema").status() == 404);
        assertTrue(!site.pagePaths().contains("vaerktoejer/skema"));
    }

    private static Node component(Node page, String name, String type, boolean published)
            throws javax.jcr.RepositoryException {
        Node component = page.addNode(name, "nt:unstructured");
        component.setProperty("contentType", type);
        component.setProperty("published", published);
        component.setProperty("heading", name);
        component.setProperty("label", name);
        component.setProperty("alt", name);
        return component;
    }

    private static int count(String text, String part) {
        int count = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            count++;
        }
        return count;
    }

    @Test
    void theSitemapListsEveryPublishedPageAndNothingElse() throws Exception {
        List<String> paths = site.pagePaths();
        assertTrue(paths.contains(""));
        assertTrue(paths.containsAll(SEED_SECTIONS));
        assertTrue(paths.contains("samarbejdspartnere/surdejshjoernet"));
        assertTrue(paths.contains("hvem-er-nextwork-for/liv"));
        assertTrue(!paths.contains("samarbejdspartnere/grenvej-cykler"), "unpublished");
        for (String path : paths) {
            assertEquals(200, site.render("/" + path).status(), path);
        }
    }

    @Test
    void searchFindsAPartnerByAWordOfItsDescription() throws Exception {
        // The full-text index is brought up to date in the background, within seconds.
        await("Danish").atMost(CHANGES_SHOW).until(() -> site.render("", "/soeg", "kager").html(),
                html -> html.contains("href=\"/samarbejdspartnere/surdejshjoernet\""));
        String english = site.render("", "/en/soeg", "bakery").html();
        assertTrue(english.contains("<html lang=\"en\">"));
        assertTrue(english.contains("href=\"/en/samarbejdspartnere/surdejshjoernet\""), english);
        String nothing = site.render("", "/soeg", "xyzzyplugh").html();
        assertTrue(nothing.contains("Antal resultater: 0"), nothing);
        assertTrue(!site.render("", "/soeg", "Grenvej").html().contains("grenvej-cykler"), "unpublished");
    }

    @Test
    void searchFindsATraitExplanationAtItsPlaceOnItsPage() throws Exception {
        await().atMost(CHANGES_SHOW).until(() -> site.render("", "/soeg", "ensformig").html(),
                html -> html.contains("href=\"/udviklingsparametre#vedholdenhed\">Vedholdenhed – De unges udviklingsparametre</a>"));
        String english = site.render("", "/en/soeg", "repetitive").html();
        assertTrue(english.contains("href=\"/en/udviklingsparametre#vedholdenhed\">Persistence – "), english);
        assertTrue(english.contains("class=\"language\" href=\"/soeg?q=repetitive\""), "the switch keeps the query");
    }

    /** Every page in both languages, the 404 page and the search page pass the Nu HTML Checker. */
    @Test
    void everyPageIsValidHtml5() throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.GNU);
        String broken = validator.validate(new ByteArrayInputStream(
                "<!DOCTYPE html><html lang=\"da\"><head><title>x</title></head><body><ul><p>x</ul></body></html>"
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        assertEquals(true, broken.contains(": error:"), "the checker finds errors: " + broken);
        List<String> addresses = new ArrayList<>();
        for (String path : site.pagePaths()) {
            addresses.add("/" + path);
            addresses.add("/en/" + path);
        }
        addresses.add("/no-such-page");
        addresses.add("/soeg");
        addresses.add("/en/soeg");
        List<String> errors = new ArrayList<>();
        for (String address : addresses) {
            String report = validator.validate(new ByteArrayInputStream(site.render("", address, "praktik").bytes()));
            report.lines().filter(line -> line.contains(": error:") || line.contains("fatal"))
                    .forEach(line -> errors.add(address + " " + line));
        }
        assertEquals(List.of(), errors);
    }
}

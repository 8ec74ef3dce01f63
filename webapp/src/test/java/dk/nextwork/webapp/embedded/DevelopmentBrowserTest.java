package dk.nextwork.webapp.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;

import dk.nextwork.webapp.testing.HeadlessChromium;

/**
 * The development visualisation in a real browser: the charts are drawn (their series' pixels are
 * on the canvas), a click on a data point opens the report behind it, a guided conversation saves
 * all four answers given one question at a time, and axe-core finds nothing on the visualisation,
 * the conversation or the cohort.
 */
class DevelopmentBrowserTest {

    /** The first trend colour (arbejdsegnethed's line and the radar's "now"): #0b5cad. */
    private static final int[] SERIES_COLOUR = {11, 92, 173};

    @RegisterExtension
    static final DemoPortalBrowser browsers = DemoPortalBrowser.window("1280,1000");

    private WebDriver browser;
    private AppBrowser pages;

    @BeforeEach
    void browser(WebDriver browser, AppBrowser pages) {
        this.browser = browser;
        this.pages = pages;
    }

    /** Signs in and waits for the landing view, so the next address is opened as the signed-in user. */
    private void signIn(String email, String password) {
        pages.signIn(email, password);
        pages.waiting().until(b -> !b.getCurrentUrl().endsWith("/login") && !pages.heading().isBlank());
    }

    private Object script(String script, Object... arguments) {
        return ((JavascriptExecutor) browser).executeScript(script, arguments);
    }

    private WebElement renderedChart(String id) {
        return pages.waiting().until(b -> b.findElements(By.cssSelector("echarts-flow#" + id + "[data-rendered='true']"))
                .stream().findFirst().orElse(null));
    }

    /** How many canvas pixels have the colour (within a small tolerance for anti-aliasing). */
    private long pixelsOf(WebElement chart, int[] rgb) {
        return ((Number) script("""
                const canvas = arguments[0].querySelector('canvas');
                if (!canvas) { return -1; }
                const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
                let count = 0;
                for (let i = 0; i < data.length; i += 4) {
                  if (Math.abs(data[i] - arguments[1]) < 12 && Math.abs(data[i + 1] - arguments[2]) < 12
                      && Math.abs(data[i + 2] - arguments[3]) < 12 && data[i + 3] > 200) { count++; }
                }
                return count;""", chart, rgb[0], rgb[1], rgb[2])).longValue();
    }

    @Test
    void theChartsAreDrawnAndAClickedPointOpensItsReport() {
        signIn("youth@nextwork.example", "demo-ung-2026");
        browser.get(pages.app("development"));
        pages.assertHeading("Udvikling", "the young person's own development");

        WebElement radar = renderedChart("development-radar");
        assertTrue(pixelsOf(radar, SERIES_COLOUR) > 200, "the radar's 'now' polygon is drawn");
        WebElement dimensions = renderedChart("development-dimensions");
        script("arguments[0].scrollIntoView({block: 'center'})", dimensions);
        assertTrue(pixelsOf(dimensions, SERIES_COLOUR) > 200, "the readiness-for-work line is drawn");
        renderedChart("development-traits");
        @SuppressWarnings("unchecked")
        List<String> labels = (List<String>) script("""
                return arguments[0].chart.getModel().getComponent('xAxis', 0).axis.getViewLabels()
                    .map(label => label.formattedLabel);""", dimensions);
        assertTrue(!labels.isEmpty() && labels.stream().allMatch(label -> label.matches("(jan|feb|mar|apr|maj|jun|jul|aug|sep|okt|nov|dec)\\.? \\d{4}")),
                "the server's labels, in one Danish format: " + labels);
        assertEquals("plain", script("return arguments[0].chart.getOption().legend[0].type", dimensions), "every line in the legend");

        // the latest week that has a score, and where the chart drew it
        @SuppressWarnings("unchecked")
        Map<String, Object> point = (Map<String, Object>) script("""
                const chart = arguments[0].chart;
                const data = chart.getOption().series[0].data;
                let index = data.length - 1;
                while (index >= 0 && data[index].value[1] === null) { index--; }
                const [x, y] = chart.convertToPixel({seriesIndex: 0}, data[index].value);
                const box = arguments[0].getBoundingClientRect();
                return {x: x - box.width / 2, y: y - box.height / 2, name: data[index].name};""", dimensions);
        new Actions(browser).moveToElement(dimensions, ((Number) point.get("x")).intValue(), ((Number) point.get("y")).intValue())
                .click().perform();
        WebElement report = pages.waiting().until(b -> b.findElements(By.cssSelector(".report-behind")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
        assertTrue(report.getText().startsWith("Ugerapport · " + point.get("name")), report.getText());
        assertTrue(java.util.regex.Pattern.compile("\\n[^\\n]+: [1-5] af 5\\n").matcher(report.getText()).find(),
                "what the company rated, on the scale: " + report.getText());
        HeadlessChromium.assertAccessible(browser);
        HeadlessChromium.assertNothingRefusedByThePolicy(browser); // ECharts and Vaadin under the application's policy
    }

    @Test
    void aConversationSavesAllFourAnswers() {
        signIn("youth@nextwork.example", "demo-ung-2026");
        browser.get(pages.app("development/conversation"));
        pages.assertHeading("Samtale om udviklingen", "the guided conversation");
        WebElement opening = pages.waiting().until(b -> b.findElement(By.cssSelector(".conversation-opening")));
        assertTrue(opening.getText().startsWith("Sidst (") && opening.getText().contains("Vedholdenhed"),
                "opens with the area chosen last time: " + opening.getText());
        HeadlessChromium.assertAccessible(browser);

        // one question at a time: each answer in the question shown, then on to the next
        List<String> written = List.of("Samarbejde er steget mest.", "Jeg viste Ali, hvordan høvlen stilles.",
                "Ro til at prøve igen.");
        for (int question = 1; question <= written.size(); question++) {
            String step = "Spørgsmål " + question + " af 4";
            pages.waiting().until(b -> b.findElement(By.cssSelector(".conversation-step")).getText().equals(step));
            shownAnswer().sendKeys(written.get(question - 1));
            clickCentred(browser.findElement(By.cssSelector("vaadin-button.conversation-next")));
        }
        pages.waiting().until(b -> b.findElement(By.cssSelector(".conversation-step")).getText().equals("Spørgsmål 4 af 4"));
        WebElement area = browser.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(radio -> radio.getText().equals("Nysgerrighed")).findFirst().orElseThrow();
        clickCentred(area);
        shownAnswer().sendKeys("Spørge ind til nye maskiner.");
        clickCentred(browser.findElement(By.cssSelector("vaadin-button.conversation-save")));

        pages.assertHeading("Udvikling", "back on the visualisation, seen from its top");
        List<WebElement> records = pages.waiting().until(b -> {
            List<WebElement> found = b.findElements(By.cssSelector("vaadin-details.conversation-record"));
            return found.size() == 2 ? found : null;
        });
        WebElement newest = records.get(0);
        script("arguments[0].opened = true", newest);
        assertTrue(newest.getText().contains("Fokus til næste gang: Nysgerrighed"), newest.getText());
        pages.waiting().until(b -> newest.getText().contains("Jeg viste Ali, hvordan høvlen stilles."));
        for (String answer : List.of("Samarbejde er steget mest.", "Jeg viste Ali, hvordan høvlen stilles.",
                "Ro til at prøve igen.", "Nysgerrighed: Spørge ind til nye maskiner.")) {
            assertTrue(newest.getText().contains(answer), answer + " in " + newest.getText());
        }
    }

    /** The text area of the question shown; the other questions are hidden. */
    private WebElement shownAnswer() {
        return pages.waiting().until(b -> b.findElements(By.cssSelector("vaadin-text-area textarea")).stream()
                .filter(WebElement::isDisplayed).findFirst().orElse(null));
    }

    private void clickCentred(WebElement element) {
        script("arguments[0].scrollIntoView({block: 'center'})", element);
        element.click();
    }

    @Test
    void theCohortIsDrawnForTheCounsellor() {
        signIn("counsellor@nextwork.example", "demo-vejleder-2026");
        browser.get(pages.app("development/cohort"));
        pages.assertHeading("Gruppens udvikling", "the counsellor's cohort");
        WebElement chart = renderedChart("cohort-arbejdsegnethed");
        assertTrue(pixelsOf(chart, SERIES_COLOUR) > 100, "the median line is drawn");
        script("arguments[0].chart.dispatchAction({type: 'showTip', seriesIndex: 4, dataIndex: 0})", chart);
        String tip = pages.waiting().until(b -> (String) script("""
                const tip = [...arguments[0].querySelectorAll('div')].find(div => div.innerText.includes('Median'));
                return tip ? tip.innerText : null;""", chart));
        assertTrue(tip.split("\n")[0].matches("Uge \\d+ \\(.+\\)|[a-zæøå]+ \\d{4}|\\d\\. halvår \\d{4}"),
                "the tooltip is headed by the period as the tables name it: " + tip);
        HeadlessChromium.assertAccessible(browser);
    }
}

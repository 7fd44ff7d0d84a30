package id.go.kemnaker.karirhub.stats.dashboard;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;

import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import id.go.kemnaker.karirhub.stats.OwnsYears;
import id.go.kemnaker.karirhub.stats.TestYears;
import id.go.kemnaker.karirhub.stats.counts.CountsTable;
import id.go.kemnaker.karirhub.stats.security.Roles;
import id.go.kemnaker.karirhub.stats.security.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The dashboard in a real browser: Debian's chromium, headless, driven through chromium-driver,
 * against the running test service on the embedded database (poll interval 1 s in the test
 * profile). Skipped with -DskipBrowserTests, or where no chromium and chromium-driver are installed.
 */
@QuarkusTest
@OwnsYears({2043})
class DashboardBrowserTest {

    private static final int YEAR = TestYears.of(DashboardBrowserTest.class)[0];
    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration PAGE_LOAD = Duration.ofSeconds(30);

    private static WebDriver browser;

    @TestHTTPResource("/dashboard")
    URL dashboard;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void startBrowser() {
        assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests skipped (-DskipBrowserTests)");
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "no chromium and chromium-driver installed: apt-get install -y chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,2000", "--lang=id-ID");
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(PAGE_LOAD);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void removeData() {
        new CountsTable(dataSource, DashboardBrowserTest.class).deleteYear(YEAR);
        if (browser != null) {
            browser.manage().window().setSize(new Dimension(1280, 2000));
        }
    }

    private void open(String query) {
        browser.get(dashboard + query);
        waitFor(By.cssSelector("#categories-chart svg path"));
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(browser, PAGE_LOAD).until(ExpectedConditions.presenceOfElementLocated(locator));
    }

    private static void waitForText(String id, String text, Duration within) {
        new WebDriverWait(browser, within).until(ExpectedConditions.textToBe(By.id(id), text));
    }

    private static List<LogEntry> consoleErrors() {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue()).toList();
    }

    private static void screenshot(String name) throws IOException {
        Path target = Path.of("target", name);
        Files.copy(((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath(), target,
                StandardCopyOption.REPLACE_EXISTING);
    }

    /**
     * Stores a January count of {@link #YEAR} through the API, as a data officer would: unlike a
     * row written straight into the table it moves the data version, so no cached answer of
     * another test's counts is served.
     */
    private static void put(String category, long count) {
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType("application/json")
                .body("{\"count\":" + count + "}")
                .when().put("/api/v1/counts/{category}/{year}/{month}", category, YEAR, 1)
                .then().statusCode(201);
    }

    private static Object script(String code) {
        return ((JavascriptExecutor) browser).executeScript(code);
    }

    @Test
    void shows2021InIndonesianWithChartsAndNoConsoleErrors() throws IOException {
        consoleErrors(); // drops what earlier pages logged
        open("?year=2021");
        waitForText("headline-job-seekers", "1.040.746", PAGE_LOAD);
        waitForText("ikk5-achievement", "52,04%", PAGE_LOAD);
        assertEquals("72,86%", browser.findElement(By.id("ikk6-achievement")).getText());
        assertEquals("15.467", browser.findElement(By.id("headline-employers")).getText());
        assertEquals("id", browser.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Statistik Pasar Kerja KarirHub", browser.findElement(By.tagName("h1")).getText());
        for (String chart : List.of("categories-chart", "market-chart")) {
            List<WebElement> lines = browser.findElements(By.cssSelector("#" + chart + " svg path"));
            assertTrue(lines.size() > 5, chart + " drew " + lines.size() + " paths");
            Long width = (Long) script("return Math.round(document.querySelector('#" + chart + " svg').getBoundingClientRect().width)");
            assertTrue(width > 200, chart + " is " + width + " px wide");
        }
        // the data table behind the chart holds the same figures, formatted the same way
        assertEquals("426.259", browser.findElement(By.cssSelector("#categories-table tbody tr:nth-child(10) td:nth-child(2)")).getText());
        screenshot("dashboard-desktop.png");
        assertEquals(List.of(), consoleErrors());

        browser.manage().window().setSize(new Dimension(360, 2400));
        open("?year=2021");
        waitForText("headline-job-seekers", "1.040.746", PAGE_LOAD);
        assertFitsAPhone();
        // 2021 was reported nationally only: one line says so, instead of 34 rows of dashes
        assertFalse(browser.findElement(By.id("provinces-table")).isDisplayed());
        assertTrue(browser.findElement(By.id("provinces-note")).getText().startsWith("Belum ada angka per provinsi untuk 2021"));
        screenshot("dashboard-360.png");
        assertEquals(List.of(), consoleErrors());
    }

    /**
     * At 360 px (a small phone): nothing sticks out of the page, and a table wider than the screen
     * shows that it scrolls (a shadow at the hidden edge and a hint under it), since phones show
     * no scroll bar. The footer says when the figures were loaded, with the date and WIB.
     */
    private static void assertFitsAPhone() {
        Long overflow = (Long) script("return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertTrue(overflow <= 0, "the page is " + overflow + " px wider than a 360 px screen");
        for (WebElement wrap : browser.findElements(By.cssSelector(".table-wrap"))) {
            if (!wrap.isDisplayed()) {
                continue;
            }
            boolean wider = (Boolean) script("return arguments[0].scrollWidth > arguments[0].clientWidth + 1", wrap);
            String table = wrap.findElement(By.tagName("table")).getAttribute("id");
            assertEquals(String.valueOf(wider), wrap.getAttribute("data-overflows"), table);
            WebElement hint = wrap.findElement(By.xpath("following-sibling::p[1]"));
            assertEquals(wider, hint.isDisplayed(), table + ": the swipe hint is shown exactly when the table is cut");
        }
        assertTrue(browser.findElement(By.id("footer")).getText().matches(".*\\d{4}.*\\d{2}[.:]\\d{2}[.:]\\d{2} WIB"),
                browser.findElement(By.id("footer")).getText());
    }

    private static Object script(String code, Object argument) {
        return ((JavascriptExecutor) browser).executeScript(code, argument);
    }

    @Test
    void drawsANotReportedMonthAsAGapNeverAsZero() {
        open("?year=2021");
        waitForText("headline-job-seekers", "1.040.746", PAGE_LOAD);
        // Pelatihan Pra Kerja did not report January 2021; no vacancies were reported in 2021
        WebElement january = browser.findElement(By.cssSelector("#categories-table tbody tr:nth-child(1) td:nth-child(5)"));
        assertEquals("–", january.getText());
        assertEquals("true", january.getAttribute("data-not-reported"));
        assertNull(script("return echarts.getInstanceByDom(document.getElementById('categories-chart'))"
                + ".getOption().series[3].data[0]"));
        assertEquals(12L, script("return echarts.getInstanceByDom(document.getElementById('market-chart'))"
                + ".getOption().series[1].data.filter(v => v === null).length"));
        assertEquals("–", browser.findElement(By.id("headline-vacancies")).getText());
    }

    @Test
    void switchesLanguageAndYear() {
        put("JOB_SEEKER", 2_500);
        put("VACANCY", 500);
        open("?year=2021&lang=en");
        waitForText("headline-job-seekers", "1,040,746", PAGE_LOAD);
        assertEquals("KarirHub labour-market statistics", browser.findElement(By.tagName("h1")).getText());
        assertEquals("52.04%", browser.findElement(By.id("ikk5-achievement")).getText());
        assertEquals("en", browser.findElement(By.tagName("html")).getAttribute("lang"));

        new Select(browser.findElement(By.id("year"))).selectByValue(String.valueOf(YEAR));
        waitForText("headline-job-seekers", "2,500", PAGE_LOAD);
        assertEquals("500", browser.findElement(By.id("headline-vacancies")).getText());
        assertEquals("20.00", browser.findElement(By.cssSelector("#market-table tbody tr:nth-child(1) td:nth-child(4)")).getText());
        assertTrue(browser.getCurrentUrl().contains("year=" + YEAR), browser.getCurrentUrl());

        browser.findElement(By.id("lang-switch")).click();
        waitForText("headline-job-seekers", "2.500", PAGE_LOAD);
        assertEquals("Statistik Pasar Kerja KarirHub", browser.findElement(By.tagName("h1")).getText());
    }

    @Test
    void drawsTheWeeksAndSortsTheProvinceTable() {
        // Jawa Barat and Jawa Timur in January of the test year, below the national counts
        batch("[{\"category\":\"JOB_SEEKER\",\"year\":" + YEAR + ",\"month\":1,\"week\":1,\"count\":1000},"
                + "{\"category\":\"JOB_SEEKER\",\"year\":" + YEAR + ",\"month\":1,\"week\":1,\"count\":300,\"region\":\"32\"},"
                + "{\"category\":\"JOB_SEEKER\",\"year\":" + YEAR + ",\"month\":1,\"week\":1,\"count\":600,\"region\":\"35\"},"
                + "{\"category\":\"VACANCY\",\"year\":" + YEAR + ",\"month\":1,\"count\":90},"
                + "{\"category\":\"VACANCY\",\"year\":" + YEAR + ",\"month\":1,\"count\":60,\"region\":\"32\"},"
                + "{\"category\":\"VACANCY\",\"year\":" + YEAR + ",\"month\":1,\"count\":30,\"region\":\"35\"}]");
        open("?year=" + YEAR + "&lang=en");
        waitForText("headline-job-seekers", "1,000", PAGE_LOAD);
        waitFor(By.cssSelector("#provinces-table tbody tr[data-region='32']"));
        // one row per province, in code order first, a province that reported nothing shown as not reported
        List<String> codes = regionsInTable();
        assertEquals(38, codes.size());
        assertEquals("11", codes.get(0));
        WebElement aceh = browser.findElement(By.cssSelector("#provinces-table tbody tr[data-region='11'] td:nth-child(3)"));
        assertEquals("–", aceh.getText());
        // the ratio stands next to the name, so that a phone shows it without a swipe
        assertEquals("20.00", browser.findElement(By.cssSelector("#provinces-table tbody tr[data-region='32'] td:nth-child(2)"))
                .getText());
        // sorted by the ratio, highest first: Jawa Barat (20.00) before Jawa Timur (5.00), the unreported last
        browser.findElement(By.cssSelector("#provinces-table button[data-sort='vacanciesPer100JobSeekers']")).click();
        assertEquals(List.of("32", "35"), regionsInTable().subList(0, 2));
        assertEquals("descending", browser.findElement(By.cssSelector("#provinces-table th[aria-sort]")).getAttribute("aria-sort"));
        browser.findElement(By.cssSelector("#provinces-table button[data-sort='vacanciesPer100JobSeekers']")).click();
        assertEquals(List.of("35", "32"), regionsInTable().subList(0, 2));
        // the weeks: 48 points, January's first week reported, the rest gaps
        assertEquals(48L, script("return echarts.getInstanceByDom(document.getElementById('weeks-chart')).getOption()"
                + ".series[0].data.length"));
        assertEquals(47L, script("return echarts.getInstanceByDom(document.getElementById('weeks-chart')).getOption()"
                + ".series[0].data.filter(v => v === null).length"));
        assertEquals("1,000", browser.findElement(By.cssSelector("#weeks-table tbody tr:nth-child(1) td:nth-child(2)")).getText());
        assertEquals(List.of(), consoleErrors());

        // On a 360 px phone: a province name takes at most two lines and the ratio is in view
        browser.manage().window().setSize(new Dimension(360, 2400));
        open("?year=" + YEAR + "&lang=en");
        waitFor(By.cssSelector("#provinces-table tbody tr[data-region='32']"));
        assertFitsAPhone();
        Long ratioRight = (Long) script("return Math.round(document.querySelector("
                + "\"#provinces-table button[data-sort='vacanciesPer100JobSeekers']\").getBoundingClientRect().right)");
        assertTrue(ratioRight <= 360, "the ratio's column ends at " + ratioRight + " px");
        // the row of a one-line name is the shortest; the tallest may be two such lines, not four
        Long tallest = (Long) script("const heights = [...document.querySelectorAll('#provinces-table tbody th')]"
                + ".map(c => c.getBoundingClientRect().height);"
                + "return Math.round(Math.max(...heights) / Math.min(...heights))");
        assertTrue(tallest <= 2, "a province name takes " + tallest + " lines");
    }

    @Test
    void showsTheRegisterTheSexSplitAndTheEducationMismatch() {
        // 2021 has no parts: one line says so, no table of dashes
        open("?year=2021&lang=en");
        waitForText("sex-note", "No breakdown by sex for 2021 yet.", PAGE_LOAD);
        assertFalse(browser.findElement(By.id("sex-table")).isDisplayed());
        String year = "\"year\":" + YEAR + ",\"month\":1";
        batch("[{\"category\":\"JOB_SEEKER\"," + year + ",\"count\":1000},"
                + "{\"category\":\"JOB_SEEKER\"," + year + ",\"count\":600,\"sex\":\"L\"},"
                + "{\"category\":\"JOB_SEEKER\"," + year + ",\"count\":300,\"sex\":\"P\"},"
                + "{\"category\":\"JOB_SEEKER\"," + year + ",\"count\":200,\"education\":\"SMK\"},"
                + "{\"category\":\"VACANCY\"," + year + ",\"count\":90},"
                + "{\"category\":\"VACANCY\"," + year + ",\"count\":50,\"education\":\"SMK\"},"
                + "{\"category\":\"JOB_SEEKER_PLACED\"," + year + ",\"count\":40},"
                + "{\"category\":\"JOB_SEEKER_REMOVED\"," + year + ",\"count\":10},"
                + "{\"category\":\"JOB_SEEKERS_REMAINING\"," + year + ",\"count\":950}]");
        open("?year=" + YEAR + "&lang=en");
        waitForText("headline-job-seekers", "1,000", PAGE_LOAD);
        waitFor(By.cssSelector("#sex-table tbody tr[data-code='L']"));
        // the register: January's flows and what remains, a gap for every month not reported
        List<String> january = browser.findElements(By.cssSelector("#register-table tbody tr:nth-child(1) td")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("1,000", "40", "10", "950"), january);
        assertEquals("–", browser.findElement(By.cssSelector("#register-table tbody tr:nth-child(2) td")).getText());
        assertEquals(List.of("bar", "bar", "bar", "line"), script("return echarts.getInstanceByDom("
                + "document.getElementById('register-chart')).getOption().series.map(s => s.type)"));
        // by sex: 600 and 300 of 1,000, the 100 not broken down shown as such
        assertEquals(List.of("600", "60.00%"), texts("#sex-table tbody tr[data-code='L'] td"));
        assertEquals(List.of("300", "30.00%"), texts("#sex-table tbody tr[data-code='P'] td"));
        assertEquals(List.of("100", "10.00%"), texts("#sex-table tbody tr[data-code='unallocated'] td"));
        // by education: SMK has 50 vacancies for 200 job seekers, 25.00 per 100, the ratio next to the name
        assertEquals(List.of("25.00", "200", "50"), texts("#education-table tbody tr[data-code='SMK'] td"));
        assertEquals(List.of(), consoleErrors());

        browser.manage().window().setSize(new Dimension(360, 2400));
        open("?year=" + YEAR + "&lang=en");
        waitFor(By.cssSelector("#education-table tbody tr[data-code='SMK']"));
        assertFitsAPhone();
        Long ratioRight = (Long) script("return Math.round(document.querySelector("
                + "\"#education-table thead th:nth-child(2)\").getBoundingClientRect().right)");
        assertTrue(ratioRight <= 360, "the education table's ratio ends at " + ratioRight + " px");
    }

    private static List<String> texts(String css) {
        return browser.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }

    private static List<String> regionsInTable() {
        return browser.findElements(By.cssSelector("#provinces-table tbody tr")).stream()
                .map(row -> row.getAttribute("data-region")).toList();
    }

    private static void batch(String items) {
        given().header("Authorization", Tokens.bearer(Roles.DATA_OFFICER)).contentType("application/json").body(items)
                .when().post("/api/v1/counts/batch").then().statusCode(200);
    }

    @Test
    void showsAWriteThroughTheApiWithinOnePollInterval() {
        put("JOB_SEEKER", 1_000);
        open("?year=" + YEAR);
        waitForText("headline-job-seekers", "1.000", PAGE_LOAD);
        script("window.notReloaded = true");
        assertEquals("–", browser.findElement(By.id("headline-vacancies")).getText());

        put("VACANCY", 1_234_567);
        long written = System.nanoTime();

        // one poll interval (1 s in the test profile), plus the time to fetch and draw
        waitForText("headline-vacancies", "1.234.567", Duration.ofMillis(1_000 + 2_000));
        long shownAfterMillis = (System.nanoTime() - written) / 1_000_000;
        assertEquals(Boolean.TRUE, script("return window.notReloaded === true"), "the page was reloaded");
        assertEquals("123.456,70", browser.findElement(By.cssSelector("#market-table tbody tr:nth-child(1) td:nth-child(4)"))
                .getText());
        System.out.println("Dashboard showed the write after " + shownAfterMillis + " ms");
    }
}

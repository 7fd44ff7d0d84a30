package id.go.kemnaker.karirhub.stats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Swagger UI as an analyst meets it, in Debian's Chromium: the figures come first, a box filters
 * the groups, and "Try it out" pressed as it comes answers the national JSON (no example of an
 * optional parameter is pre-filled, so no CSV download of one region). Skipped like the
 * dashboard's browser tests (-DskipBrowserTests, or no chromium and chromium-driver).
 */
@QuarkusTest
class SwaggerUiBrowserTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");
    private static final Duration WAIT = Duration.ofSeconds(30);

    private static WebDriver browser;

    @TestHTTPResource("/q/swagger-ui/")
    URL swaggerUi;

    @BeforeAll
    static void startBrowser() {
        assumeFalse(Boolean.getBoolean("skipBrowserTests"), "browser tests skipped (-DskipBrowserTests)");
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER),
                "no chromium and chromium-driver installed: apt-get install -y chromium chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1280,2000");
        browser = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort().build(), options);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private static WebElement waitFor(By locator) {
        return new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    @Test
    void showsTheFiguresFirstWithAFilterBox() {
        browser.get(swaggerUi.toString());
        waitFor(By.cssSelector(".opblock-tag-section"));
        List<String> tags = browser.findElements(By.cssSelector(".opblock-tag-section h3 .nostyle span")).stream()
                .map(WebElement::getText).toList();
        assertEquals(List.of("Statistics", "Series", "Reports"), tags.subList(0, 3), "groups: " + tags);
        // what only data officers, planners and auditors use comes after what everybody reads
        assertTrue(tags.contains("Audit") && tags.indexOf("Audit") > tags.indexOf("Counts")
                && tags.indexOf("Counts") > tags.indexOf("Regions"), "groups: " + tags);
        assertTrue(browser.findElement(By.cssSelector("input.operation-filter-input")).isDisplayed(), "a filter box");
    }

    @Test
    void tryItOutAsItComesAnswersTheNationalJson() {
        browser.get(swaggerUi + "#/Statistics/getFacilitatedWorkers");
        WebElement operation = waitFor(By.id("operations-Statistics-getFacilitatedWorkers"));
        operation.findElement(By.cssSelector("button.try-out__btn")).click();
        List<String> filled = operation.findElements(By.cssSelector(".parameters input[type=text]")).stream()
                .map(input -> input.getAttribute("placeholder") + "=" + input.getAttribute("value"))
                .filter(entry -> !entry.endsWith("=")).toList();
        assertEquals(List.of("year=2021"), filled, "pre-filled text inputs");
        operation.findElement(By.cssSelector("button.execute")).click();
        WebElement status = new WebDriverWait(browser, WAIT).until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(
                operation, By.cssSelector(".live-responses-table .response .response-col_status"))).get(0);
        assertEquals("200", status.getText().trim());
        String answer = operation.findElement(By.cssSelector(".live-responses-table")).getText();
        assertTrue(answer.contains("content-type: application/json"), answer);
        assertTrue(answer.contains("\"total\": 1040746"), answer);
        assertTrue(operation.findElements(By.linkText("Download file")).isEmpty(), "no CSV download");
        // year's example, and the defaults of basis (best) and bom (false); nothing else
        String request = operation.findElement(By.cssSelector(".request-url pre")).getText();
        assertTrue(request.endsWith("/api/v1/statistics/facilitated-workers?basis=best&bom=false&year=2021"), request);
    }
}

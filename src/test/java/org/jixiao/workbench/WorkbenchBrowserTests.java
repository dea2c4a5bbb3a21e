package org.jixiao.workbench;

import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.jixiao.security.AccountService;
import org.jixiao.security.Caller;
import org.jixiao.security.Role;
import org.jixiao.security.SecurityProperties;
import org.jixiao.support.Browser;
import org.jixiao.support.MovableClock;
import org.jixiao.support.OnDecemberFirst2025;
import org.jixiao.support.TestSheets;
import org.jixiao.support.TestTokens;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The workbench as a person uses it, in Debian's headless Chromium against the service on a random loopback port with
 * the demo projects, on 2025-12-01. Each journey starts without cookies; accounts other than {@code admin} are made
 * for the journey that needs them, so that locking or changing one disturbs no other test. Screenshots of the pages
 * at 1366×768 and 390×844 are left in target/screenshots/.
 */
@OnDecemberFirst2025
class WorkbenchBrowserTests {

    private static final String SESSION_COOKIE = "JIXIAO_SESSION";
    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    WebTestClient admin;

    @Autowired
    AccountService accounts;

    @Autowired
    SecurityProperties security;

    @Autowired
    DatabaseClient db;

    @Autowired
    MovableClock clock;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    @BeforeEach
    void withoutCookies() {
        driver().manage().window().setSize(Browser.DESKTOP);
        open("/login");
        driver().manage().deleteAllCookies();
    }

    @Test
    void theAdministratorLogsInWithThePresetPasswordByKeyboardAndSeesThePortfolio() {
        open("/login");
        WebElement username = driver().findElement(By.id("username"));
        assertThat(driver().switchTo().activeElement()).as("the user name field has the focus").isEqualTo(username);
        username.sendKeys("admin", Keys.TAB);
        driver().switchTo().activeElement().sendKeys(TestTokens.ADMIN_PASSWORD, Keys.ENTER);

        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio-total")));
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("总览");
        assertThat(rows()).as("a page of the integration context's page size").hasSize(10);
        assertThat(driver().findElement(By.id("projects")).getText()).contains("云平台资源租用", "预算执行率");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chart svg")));
        screenshots("overview");

        driver().findElement(By.id("next-page")).click();
        browser.waiting().until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".pager"), "第 2 页"));
        assertThat(driver().getCurrentUrl()).as("htmx keeps the page in the address").contains("page=1");
        assertThat(driver().findElements(By.id("filters"))).as("only the list was replaced").hasSize(1);

        new Select(driver().findElement(By.id("fiscalYear"))).selectByValue("2025");
        driver().findElement(By.id("q")).sendKeys("云平台");
        browser.waiting().until(driver -> rows().size() == 2);
        assertThat(rows()).allSatisfy(row -> assertThat(row.getText()).contains("云平台"));
        assertThat(driver().getCurrentUrl()).as("htmx keeps the filters in the address").contains("q=");

        open("/?lang=en");
        assertThat(driver().findElement(By.tagName("h1")).getText()).isEqualTo("Portfolio");
        assertThat(driver().findElement(By.id("projects")).getText()).contains("Budget execution");
        screenshots("overview-en");
        open("/?lang=zh");
    }

    @Test
    void aWrongPasswordIsRefusedInThePagesLanguageAndRepeatedFailuresLockTheAccount() {
        String password = "correct-horse-battery";
        account("wb-locked", password, false, EnumSet.of(Role.VIEWER), Set.of());

        open("/login?lang=en");
        logIn("wb-locked", "wrong-password-1");
        assertThat(driver().findElement(By.id("login-error")).getText()).isEqualTo("Wrong user name or password.");
        screenshots("login-error-en");
        open("/login?lang=zh");
        logIn("wb-locked", "wrong-password-2");
        assertThat(driver().findElement(By.id("login-error")).getText()).isEqualTo("用户名或密码不正确。");

        int maxFailures = security.lockout().maxFailures();
        for (int attempt = 3; attempt < maxFailures; attempt++) {
            logIn("wb-locked", "wrong-password-" + attempt);
            assertThat(driver().findElements(By.id("login-error"))).hasSize(1);
        }
        logIn("wb-locked", "wrong-password-last");
        assertThat(driver().findElement(By.id("login-locked")).getText()).contains("锁定");

        logIn("wb-locked", password);
        assertThat(driver().findElements(By.id("login-locked"))).as("locked even with the right password").hasSize(1);
        assertThat(driver().manage().getCookieNamed(SESSION_COOKIE)).isNull();

        clock.advance(security.lockout().duration().plusSeconds(1));
        try {
            logIn("wb-locked", password);
            browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio-total")));
        }
        finally {
            clock.reset();
        }
    }

    @Test
    void aFirstLoginWithAHandedOutPasswordMustChooseANewOne() {
        account("wb-newcomer", "handed-out-password", true, EnumSet.of(Role.VIEWER), Set.of());

        open("/login");
        logIn("wb-newcomer", "handed-out-password");
        browser.waiting().until(ExpectedConditions.urlContains("/password"));
        assertThat(driver().findElement(By.id("password-required")).isDisplayed()).isTrue();
        screenshots("password");
        open("/");
        assertThat(driver().getCurrentUrl()).as("no page before the new password").endsWith("/password");

        driver().findElement(By.id("currentPassword")).sendKeys("handed-out-password");
        driver().findElement(By.id("newPassword")).sendKeys("my-own-password-1");
        driver().findElement(By.id("confirmPassword")).sendKeys("my-own-password-2", Keys.ENTER);
        WebElement mismatch = browser.waiting()
                .until(ExpectedConditions.presenceOfElementLocated(By.id("confirmPassword-error")));
        assertThat(mismatch.getText()).isEqualTo("两次输入的新密码不一致");
        assertThat(driver().findElement(By.id("confirmPassword")).getAttribute("aria-invalid")).isEqualTo("true");

        driver().findElement(By.id("currentPassword")).sendKeys("handed-out-password");
        driver().findElement(By.id("newPassword")).sendKeys("my-own-password-1");
        driver().findElement(By.id("confirmPassword")).sendKeys("my-own-password-1", Keys.ENTER);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio-total")));

        submit(By.id("logout"));
        assertThat(driver().findElement(By.id("logged-out")).isDisplayed()).isTrue();
        logIn("wb-newcomer", "my-own-password-1");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio-total")));
        assertThat(driver().getCurrentUrl()).doesNotContain("/password");
    }

    @Test
    void loggingOutEndsTheSessionAlsoForACopyOfItsCookie() {
        logInAsAdmin();
        String session = driver().manage().getCookieNamed(SESSION_COOKIE).getValue();
        assertThat(page(session).getStatus().value()).isEqualTo(200);

        submit(By.id("logout"));
        assertThat(driver().findElement(By.id("logged-out")).isDisplayed()).isTrue();
        assertThat(driver().manage().getCookieNamed(SESSION_COOKIE)).isNull();
        open("/");
        assertThat(driver().getCurrentUrl()).endsWith("/login");
        EntityExchangeResult<byte[]> copied = page(session);
        assertThat(copied.getStatus().value()).isEqualTo(302);
        assertThat(copied.getResponseHeaders().getLocation()).hasToString("/login");
    }

    @Test
    void aDepartmentScopedAccountSeesOnlyItsDepartmentsProjects() {
        ObjectNode sheet = TestSheets.variant("city-cloud-ops", 2023, "工作台-他部门项目");
        ObjectNode department = (ObjectNode) TestSheets.project(sheet).get("department");
        department.put("code", "907");
        department.put("name", "工作台测试局");
        admin.post().uri("/api/v1/sheets").contentType(MediaType.APPLICATION_JSON).bodyValue(TestSheets.json(sheet))
                .exchange().expectStatus().isCreated();
        account("wb-dept-907", "scoped-password-907", false, EnumSet.of(Role.MANAGER), Set.of("907"));
        account("wb-dept-102", "scoped-password-102", false, EnumSet.of(Role.MANAGER), Set.of("102"));

        open("/login");
        logIn("wb-dept-907", "scoped-password-907");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio-total")));
        assertThat(rows()).singleElement().satisfies(row -> assertThat(row.getText()).contains("工作台-他部门项目"));
        assertThat(new Select(driver().findElement(By.id("department"))).getOptions())
                .extracting(WebElement::getText).containsExactly("全部", "907 工作台测试局");
        submit(By.id("logout"));
        assertThat(driver().findElement(By.id("logged-out")).isDisplayed()).isTrue();

        logIn("wb-dept-102", "scoped-password-102");
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio-total")));
        assertThat(rows()).hasSize(10).noneSatisfy(row -> assertThat(row.getText()).contains("工作台-他部门项目"));
        open("/?q=" + "工作台-他部门项目");
        assertThat(driver().findElement(By.id("portfolio-empty")).isDisplayed()).isTrue();
    }

    @Test
    void aSessionCookieIsAcceptedByAnotherReplicaWithTheSameKey() {
        logInAsAdmin();
        String session = driver().manage().getCookieNamed(SESSION_COOKIE).getValue();
        Cookie cookie = driver().manage().getCookieNamed(SESSION_COOKIE);
        assertThat(cookie.isHttpOnly()).isTrue();
        assertThat(cookie.getSameSite()).isEqualTo("Lax");

        // Another replica, or this one after a restart, reads the same key from the database and accepts the cookie.
        byte[] key = db.sql("select secret from session_key where id = 1")
                .map(row -> row.get("secret", ByteBuffer.class)).one()
                .map(buffer -> {
                    byte[] bytes = new byte[buffer.remaining()];
                    buffer.get(bytes);
                    return bytes;
                }).block();
        SessionCookieCodec replica = new SessionCookieCodec(key);
        assertThat(replica.decode(session, clock.instant())).hasValueSatisfying(ticket ->
                assertThat(ticket.expiresAt()).isAfter(clock.instant()));
        // And the service itself keeps nothing: a client that never logged in gets the page with the cookie alone.
        assertThat(page(session).getStatus().value()).isEqualTo(200);
        assertThat(page(session.substring(0, session.length() - 2) + "xx").getStatus().value())
                .as("a forged signature").isEqualTo(302);
    }

    private void logInAsAdmin() {
        open("/login");
        logIn("admin", TestTokens.ADMIN_PASSWORD);
        browser.waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("portfolio-total")));
    }

    private void logIn(String username, String password) {
        driver().findElement(By.id("username")).clear();
        driver().findElement(By.id("username")).sendKeys(username);
        driver().findElement(By.id("password")).sendKeys(password);
        submit(By.id("login"));
    }

    /** Clicks a button that leaves the page, and waits for the next page to be there. */
    private void submit(By button) {
        WebElement element = driver().findElement(button);
        element.click();
        browser.waiting().until(ExpectedConditions.stalenessOf(element));
        browser.waiting().until(driver -> "complete".equals(
                ((JavascriptExecutor) driver).executeScript("return document.readyState")));
    }

    private void account(String username, String password, boolean mustChange, Set<Role> roles,
            Set<String> departments) {
        accounts.create(Caller.SYSTEM, username, username, password, mustChange, roles, departments, Set.of())
                .block();
    }

    private void screenshots(String name) {
        browser.screenshot(name, Browser.PHONE);
        browser.screenshot(name, Browser.DESKTOP);
    }

    private List<WebElement> rows() {
        return driver().findElements(By.cssSelector("#projects tbody tr"));
    }

    private void open(String path) {
        driver().get("http://127.0.0.1:" + port + path);
    }

    private WebDriver driver() {
        return browser.driver();
    }

    /** The portfolio fetched outside the browser with nothing but a session cookie. */
    private EntityExchangeResult<byte[]> page(String session) {
        return WebTestClient.bindToServer().baseUrl("http://127.0.0.1:" + port).build().get().uri("/")
                .header(HttpHeaders.COOKIE, SESSION_COOKIE + "=" + session).exchange().expectBody().returnResult();
    }
}

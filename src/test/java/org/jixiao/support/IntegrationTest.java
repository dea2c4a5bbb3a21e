package org.jixiao.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.boot.webtestclient.autoconfigure.AutoConfigureWebTestClient;

/**
 * The whole service on a random port, on its own embedded PostgreSQL in a throw-away directory, with the demo
 * sheets loaded, and a WebTestClient that acts as the administrator (whose workbench account {@code admin} has the
 * preset password {@link TestTokens#ADMIN_PASSWORD}). Test classes with this annotation share one
 * context (and one database): tests that write use fiscal years other than 2025, so the 14 demo projects of 2025
 * stay as they are. Settings that only some tests need but that change nothing for the others (a scrape token, one
 * allowed browser origin) are set here too, so that those tests share the context instead of starting their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"jixiao.embedded-database.ephemeral=true", "jixiao.security.bootstrap-token=" + TestTokens.ADMIN,
                "jixiao.security.bootstrap-password=" + TestTokens.ADMIN_PASSWORD, "jixiao.workbench.page-size=10",
                "jixiao.security.metrics.scrape-token=" + TestTokens.SCRAPE,
                "jixiao.security.cors-allowed-origins=" + IntegrationTest.ALLOWED_ORIGIN})
@AutoConfigureWebTestClient
@Import(IntegrationTestConfiguration.class)
public @interface IntegrationTest {

    /** The one browser origin the shared context allows to call the API. */
    String ALLOWED_ORIGIN = "https://dashboard.city.gov.cn";
}

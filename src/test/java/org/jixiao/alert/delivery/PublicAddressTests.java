package org.jixiao.alert.delivery;

import java.net.InetAddress;
import java.time.Duration;
import java.time.LocalTime;

import org.jixiao.alert.AlertsProperties;
import org.junit.jupiter.api.Test;

import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;

/** Links are never empty: without jixiao.alerts.public-url they point at the server itself. */
class PublicAddressTests {

    @Test
    void withoutAPublicUrlLinksPointAtThisMachinesHostNameAndTheServerPort() throws Exception {
        PublicAddress address = new PublicAddress(properties(""), new MockEnvironment().withProperty("server.port",
                "8081"));

        assertThat(address.get()).isEqualTo("http://" + InetAddress.getLocalHost().getHostName() + ":8081");
    }

    @Test
    void theDefaultPortIs8080AndTlsMakesItHttps() {
        PublicAddress address = new PublicAddress(properties(""), new MockEnvironment()
                .withProperty("server.ssl.enabled", "true").withProperty("server.address", "10.1.2.3"));

        assertThat(address.get()).isEqualTo("https://10.1.2.3:8080");
    }

    @Test
    void aConfiguredPublicUrlWins() {
        PublicAddress address = new PublicAddress(properties(" https://jixiao.example.gov.cn/ "),
                new MockEnvironment().withProperty("server.port", "8081"));

        assertThat(address.get()).isEqualTo("https://jixiao.example.gov.cn/");
        assertThat(new AlertTexts(address, SampleNotifications.SHANGHAI).publicUrl())
                .as("texts cut the trailing slash").isEqualTo("https://jixiao.example.gov.cn");
    }

    @Test
    void aServerBoundToEveryAddressIsNamedByTheHostNameAndIpv6IsBracketed() throws Exception {
        assertThat(PublicAddress.host("0.0.0.0")).isEqualTo(InetAddress.getLocalHost().getHostName());
        assertThat(PublicAddress.host(" ")).isEqualTo(InetAddress.getLocalHost().getHostName());
        assertThat(PublicAddress.host("127.0.0.1")).isEqualTo("127.0.0.1");
        assertThat(PublicAddress.derived("http", "::1", 8080)).isEqualTo("http://[::1]:8080");
        assertThat(PublicAddress.derived("http", "jixiao-7f9c", 8080)).isEqualTo("http://jixiao-7f9c:8080");
    }

    private static AlertsProperties properties(String publicUrl) {
        return new AlertsProperties("jixiao@localhost", publicUrl, 7, 7, 7,
                new AlertsProperties.Delivery(true, Duration.ofSeconds(5), 50, Duration.ofMinutes(2),
                        Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofHours(24), Duration.ofSeconds(30),
                        Duration.ofMinutes(5)),
                new AlertsProperties.Quiet(false, LocalTime.of(20, 0), LocalTime.of(8, 0), true));
    }
}

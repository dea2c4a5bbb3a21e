package org.jixiao.security;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class OutboundUrlPolicyTests {

    private static final OutboundUrlPolicy ANY_HOST = new OutboundUrlPolicy(List.of());
    private static final OutboundUrlPolicy ALLOW_LIST = new OutboundUrlPolicy(
            List.of("prometheus.monitoring.svc", " OAPI.DINGTALK.COM "));

    @ParameterizedTest
    @ValueSource(strings = {"http://prometheus.monitoring.svc:9090", "https://oapi.dingtalk.com/robot/send?access_token=x",
            "HTTPS://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k", "http://127.0.0.1:9093/api/v2/alerts"})
    void httpAndHttpsUrlsWithAHostMayBeCalled(String url) {
        assertThat(ANY_HOST.problemWith(url)).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "file:///etc/passwd | must be an http or https URL",
            "ftp://example.org/x | must be an http or https URL",
            "gopher://example.org | must be an http or https URL",
            "/relative/path | must be an http or https URL",
            "http:/missing-host | must name a host",
            "https://user:secret@example.org/hook | must not carry a user name or password",
            "http://exa mple.org | is not a valid URL",
            "'   ' | is required"})
    void otherUrlsAreRefusedWithAReason(String url, String reason) {
        assertThat(ANY_HOST.problemWith(url)).contains(reason);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "http://prometheus.monitoring.svc:9090/api | true",
            "https://oapi.dingtalk.com/robot/send | true",
            "https://evil.example.org/hook | false",
            "http://prometheus.monitoring.svc.evil.org/ | false"})
    void anAllowListNarrowsTheHosts(String url, boolean allowed) {
        assertThat(ALLOW_LIST.problemWith(url).isEmpty()).isEqualTo(allowed);
    }
}

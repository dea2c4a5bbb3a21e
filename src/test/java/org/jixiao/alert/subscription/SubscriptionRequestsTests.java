package org.jixiao.alert.subscription;

import java.util.Arrays;
import java.util.List;

import org.jixiao.alert.AlertKind;
import org.jixiao.alert.Severity;
import org.jixiao.alert.delivery.ChannelType;
import org.jixiao.alert.subscription.SubscriptionRequest.ChannelRequest;
import org.jixiao.security.OutboundUrlPolicy;
import org.jixiao.support.InEnglish;
import org.jixiao.system.error.FieldViolation;
import org.jixiao.system.error.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Reading a subscription: kinds, severity and language as the API spells them, and a channel that fits its type. */
class SubscriptionRequestsTests {

    private static final OutboundUrlPolicy ANY_HOST = new OutboundUrlPolicy(List.of());
    private static final String DINGTALK_URL = "https://oapi.dingtalk.com/robot/send?access_token=abc";
    private static final ChannelRequest MAIL = new ChannelRequest("EMAIL", "manager@example.org", null, null);

    private static SubscriptionRequest request(ChannelRequest channel) {
        return new SubscriptionRequest(null, null, null, null, channel, null);
    }

    private static NewSubscription read(SubscriptionRequest request) {
        return SubscriptionRequests.read(request, ANY_HOST, true);
    }

    @Test
    void aGoodEmailSubscriptionIsReadWithItsValuesTidied() {
        NewSubscription subscription = read(new SubscriptionRequest(" 102 ", 17L,
                List.of("milestone_overdue", " MILESTONE_DUE_SOON ", "MILESTONE_OVERDUE"), " warning ",
                new ChannelRequest(" email ", " manager@example.org ", " ", ""), " EN "));

        assertThat(subscription).isEqualTo(new NewSubscription("102", 17L,
                List.of(AlertKind.MILESTONE_OVERDUE, AlertKind.MILESTONE_DUE_SOON), Severity.WARNING,
                ChannelType.EMAIL, "manager@example.org", null, null, "en"));
    }

    @Test
    void leftOutFieldsTakeTheirDefaults() {
        NewSubscription subscription = read(new SubscriptionRequest("  ", null, null, null, MAIL, null));

        assertThat(subscription.department()).isNull();
        assertThat(subscription.kinds()).isEmpty();
        assertThat(subscription.minSeverity()).isEqualTo(Severity.INFO);
        assertThat(subscription.language()).isEqualTo("zh");
    }

    @ParameterizedTest(name = "{0} with secret {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            DINGTALK | SEC123 | https://oapi.dingtalk.com/robot/send?access_token=abc
            FEISHU   | s3cret | https://open.feishu.cn/open-apis/bot/v2/hook/abc
            DINGTALK | -      | https://oapi.dingtalk.com/robot/send?access_token=abc
            WECOM    | -      | https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=k
            WEBHOOK  | -      | http://127.0.0.1:9093/hook
            """)
    void urlChannelsAreReadWithTheirSecretWhereTheRobotSigns(ChannelType type, String secret, String url) {
        NewSubscription subscription = read(request(new ChannelRequest(type.name().toLowerCase(), null, url, secret)));

        assertThat(subscription.type()).isEqualTo(type);
        assertThat(subscription.url()).isEqualTo(url);
        assertThat(subscription.secret()).isEqualTo(secret);
        assertThat(subscription.address()).isNull();
    }

    @Test
    void noBodyIsMalformed() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> SubscriptionRequests.read(null, ANY_HOST, true))
                .satisfies(ex -> {
                    assertThat(ex.malformed()).isTrue();
                    assertThat(InEnglish.violations(ex.violations()))
                            .containsExactly(new FieldViolation("body", "a subscription is required"));
                });
    }

    @Test
    void unknownKindsAreNamedByTheirPosition() {
        assertViolations(new SubscriptionRequest(null, null, Arrays.asList("MILESTONE_OVERDUE", "LATE", null),
                null, MAIL, null),
                new FieldViolation("kinds[1]", "must be one of " + List.of(AlertKind.values()) + " (was 'LATE')"),
                new FieldViolation("kinds[2]", "must be one of " + List.of(AlertKind.values()) + " (was 'null')"));
    }

    @ParameterizedTest(name = "minSeverity ''{0}''")
    @ValueSource(strings = {"urgent", "", "ERROR"})
    void unknownSeveritiesAreRefused(String severity) {
        assertViolations(new SubscriptionRequest(null, null, null, severity, MAIL, null),
                new FieldViolation("minSeverity", "must be one of [INFO, WARNING, CRITICAL] (was '" + severity + "')"));
    }

    @ParameterizedTest(name = "language ''{0}''")
    @ValueSource(strings = {"de", "zh-CN", ""})
    void onlyChineseAndEnglishAreSpoken(String language) {
        assertViolations(new SubscriptionRequest(null, null, null, null, MAIL, language),
                new FieldViolation("language", "must be zh or en (was '" + language + "')"));
    }

    @Test
    void aChannelIsRequired() {
        assertViolations(request(null), new FieldViolation("channel",
                "is required, e.g. {\"type\":\"EMAIL\",\"address\":\"manager@example.org\"}"));
    }

    @ParameterizedTest(name = "type ''{0}''")
    @ValueSource(strings = {"SMS", "", "slack"})
    void unknownChannelTypesAreRefused(String type) {
        assertViolations(request(new ChannelRequest(type, "manager@example.org", null, null)),
                new FieldViolation("channel.type", "must be one of [EMAIL, WEBHOOK, DINGTALK, WECOM, FEISHU] (was '"
                        + type + "')"));
    }

    @ParameterizedTest(name = "address ''{0}''")
    @ValueSource(strings = {"manager", "manager@example", "a b@example.org", "manager@@example.org"})
    void anEmailChannelNeedsAMailbox(String address) {
        assertViolations(request(new ChannelRequest("EMAIL", address, null, null)),
                new FieldViolation("channel.address", "must be an email address for an EMAIL channel (was '"
                        + address + "')"));
    }

    @Test
    void anEmailChannelWithoutAnAddressSaysSoPlainly() {
        assertViolations(request(new ChannelRequest("EMAIL", "  ", null, null)),
                new FieldViolation("channel.address", "must be an email address for an EMAIL channel"));
    }

    @Test
    void anEmailChannelTakesNoUrlOrSecret() {
        assertViolations(request(new ChannelRequest("EMAIL", "manager@example.org", DINGTALK_URL, "x")),
                new FieldViolation("channel.url", "does not apply to an EMAIL channel"));
        assertViolations(request(new ChannelRequest("EMAIL", "manager@example.org", null, "x")),
                new FieldViolation("channel.secret", "does not apply to an EMAIL channel"));
    }

    @Test
    void emailNeedsAMailServer() {
        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> SubscriptionRequests.read(request(MAIL), ANY_HOST, false))
                .satisfies(ex -> assertThat(InEnglish.violations(ex.violations())).containsExactly(new FieldViolation("channel.type",
                        "email is not configured on this server (an administrator sets spring.mail.host)")));
    }

    @Test
    void robotsNeedNoMailServer() {
        assertThat(SubscriptionRequests.read(request(new ChannelRequest("DINGTALK", null, DINGTALK_URL, null)),
                ANY_HOST, false).type()).isEqualTo(ChannelType.DINGTALK);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"WEBHOOK", "DINGTALK", "WECOM", "FEISHU"})
    void urlChannelsNeedAUrlAndNoAddress(String type) {
        assertViolations(request(new ChannelRequest(type, "manager@example.org", null, null)),
                new FieldViolation("channel.url", "is required for a " + type + " channel"),
                new FieldViolation("channel.address", "applies to EMAIL channels only"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            ftp://example.org/hook               | must be an http or https URL
            https://user:pw@example.org/hook     | must not carry a user name or password
            http:/no-host                        | must name a host
            """)
    void theUrlIsJudgedByTheOutboundPolicy(String url, String problem) {
        assertViolations(request(new ChannelRequest("WEBHOOK", null, url, null)),
                new FieldViolation("channel.url", problem));
    }

    @Test
    void anAllowListOfHostsIsHonoured() {
        OutboundUrlPolicy dingTalkOnly = new OutboundUrlPolicy(List.of("oapi.dingtalk.com"));

        assertThatExceptionOfType(InvalidInputException.class)
                .isThrownBy(() -> SubscriptionRequests.read(request(new ChannelRequest("WEBHOOK", null,
                        "https://hooks.example.org/x", null)), dingTalkOnly, true))
                .satisfies(ex -> assertThat(InEnglish.violations(ex.violations())).containsExactly(new FieldViolation("channel.url",
                        "points at host 'hooks.example.org', which is not in jixiao.security.outbound-hosts")));
        assertThat(SubscriptionRequests.read(request(new ChannelRequest("DINGTALK", null, DINGTALK_URL, null)),
                dingTalkOnly, true).url()).isEqualTo(DINGTALK_URL);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"WEBHOOK", "WECOM"})
    void robotsThatDoNotSignTakeNoSecret(String type) {
        assertViolations(request(new ChannelRequest(type, null, "https://hooks.example.org/x", "s3cret")),
                new FieldViolation("channel.secret", type + " messages are not signed; the key is part of the URL"));
    }

    @Test
    void everyWrongFieldIsNamedAtOnce() {
        assertViolations(new SubscriptionRequest(null, null, List.of("NOPE"), "LOUD",
                new ChannelRequest("WECOM", "x@example.org", null, "s"), "fr"),
                new FieldViolation("kinds[0]", "must be one of " + List.of(AlertKind.values()) + " (was 'NOPE')"),
                new FieldViolation("minSeverity", "must be one of [INFO, WARNING, CRITICAL] (was 'LOUD')"),
                new FieldViolation("language", "must be zh or en (was 'fr')"),
                new FieldViolation("channel.url", "is required for a WECOM channel"),
                new FieldViolation("channel.address", "applies to EMAIL channels only"),
                new FieldViolation("channel.secret", "WECOM messages are not signed; the key is part of the URL"));
    }

    private static void assertViolations(SubscriptionRequest request, FieldViolation... expected) {
        assertThatExceptionOfType(InvalidInputException.class).isThrownBy(() -> read(request))
                .satisfies(ex -> {
                    assertThat(ex.malformed()).isFalse();
                    assertThat(InEnglish.violations(ex.violations())).containsExactly(expected);
                });
    }
}

package org.jixiao.alert;

import java.time.Duration;
import java.time.LocalTime;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Alerts and their delivery (docs/alerts.md).
 *
 * @param mailFrom the sender of alert emails
 * @param publicUrl the service's address as users reach it, for links in messages; blank means this server's own
 *        address, {@code http://<host name>:<port>} (see {@code PublicAddress})
 * @param overdueDailyForDays overdue alerts repeat daily for this many days ...
 * @param overdueRepeatEveryDays ... then every this many days, until the milestone is met, waived or acknowledged
 * @param overdueCriticalAfterDays a milestone more days late than this is critical
 * @param delivery how the outbox is worked off
 * @param quietHours when chat robots hold non-critical messages
 */
@Validated
@ConfigurationProperties("jixiao.alerts")
public record AlertsProperties(
        @NotNull @DefaultValue("jixiao@localhost") String mailFrom,
        @NotNull @DefaultValue("") String publicUrl,
        @Min(0) @DefaultValue("7") int overdueDailyForDays,
        @Min(1) @DefaultValue("7") int overdueRepeatEveryDays,
        @Min(0) @DefaultValue("7") int overdueCriticalAfterDays,
        @Valid @DefaultValue Delivery delivery,
        @Valid @DefaultValue Quiet quietHours) {

    /**
     * @param enabled whether this instance sends; every instance may, each row is claimed by one
     * @param pollInterval how often the outbox is looked at
     * @param batchSize rows claimed at a time
     * @param lease how long a claim holds; a claim by an instance that died is taken again after it
     * @param initialBackoff wait after the first failure, doubled after each further one ...
     * @param maxBackoff ... up to this
     * @param giveUpAfter a message still failing this long after its first try is marked failed
     * @param groupWait how long a new group's first message waits for more alerts of the group to join it
     * @param groupInterval how long after a group's message (its first try) the group's next message goes at the
     *        earliest; alerts raised meanwhile join that next message
     */
    public record Delivery(
            @DefaultValue("true") boolean enabled,
            @NotNull @DefaultValue("5s") Duration pollInterval,
            @Min(1) @DefaultValue("50") int batchSize,
            @NotNull @DefaultValue("2m") Duration lease,
            @NotNull @DefaultValue("30s") Duration initialBackoff,
            @NotNull @DefaultValue("1h") Duration maxBackoff,
            @NotNull @DefaultValue("24h") Duration giveUpAfter,
            @NotNull @DefaultValue("30s") Duration groupWait,
            @NotNull @DefaultValue("5m") Duration groupInterval) {
    }

    /**
     * @param enabled off by default
     * @param start quiet from this time of the evening ...
     * @param end ... to this time of the morning
     * @param holidays quiet all day on non-working days of the statutory calendar
     */
    public record Quiet(
            @DefaultValue("false") boolean enabled,
            @NotNull @DefaultValue("20:00") LocalTime start,
            @NotNull @DefaultValue("08:00") LocalTime end,
            @DefaultValue("true") boolean holidays) {
    }
}

package org.jixiao.alert.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jixiao.alert.NotificationEvent;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A generic webhook, spoken in Alertmanager's webhook format (version 4), so that anything that takes Alertmanager's
 * notifications takes ours: one alert per call, in a group of its own. The {@code Idempotency-Key} header is the
 * same on every retry of a message.
 */
@Component
public class WebhookSender implements ChannelSender {

    static final String WHAT = "the webhook";

    static final String RECEIVER = "jixiao";

    /** Alertmanager's "not ended yet". */
    static final String NOT_ENDED = "0001-01-01T00:00:00Z";

    private final JsonPoster poster;
    private final JsonMapper jsonMapper;
    private final AlertTexts texts;

    public WebhookSender(WebClient.Builder webClientBuilder, JsonMapper jsonMapper, DeliveryClock clock,
            AlertTexts texts) {
        this.poster = new JsonPoster(webClientBuilder, jsonMapper, clock);
        this.jsonMapper = jsonMapper;
        this.texts = texts;
    }

    @Override
    public ChannelType type() {
        return ChannelType.WEBHOOK;
    }

    @Override
    public Mono<Void> send(ChannelAddress to, List<Notification> notifications, String idempotencyKey) {
        Notification notification = SenderChecks.requireOne(notifications);
        return Mono.defer(() -> poster.post(WHAT, SenderChecks.uri(WHAT, SenderChecks.url(WHAT, to)),
                payload(notification, to.locale()),
                idempotencyKey == null ? Map.of() : Map.of("Idempotency-Key", idempotencyKey))).then();
    }

    ObjectNode payload(Notification notification, Locale locale) {
        String status = notification.event() == NotificationEvent.RESOLVED ? "resolved" : "firing";
        Map<String, String> labels = labels(notification);
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("summary", texts.subject(notification, locale));
        annotations.put("description", texts.plainText(notification, locale));
        // Each alert is a group of its own, so a receiver that keeps the latest state per group keeps every alert.
        Map<String, String> groupLabels = new LinkedHashMap<>();
        groupLabels.put("alert_id", labels.get("alert_id"));
        groupLabels.put("alertname", labels.get("alertname"));

        ObjectNode root = jsonMapper.createObjectNode();
        root.put("version", "4");
        root.put("groupKey", "{}:{alert_id=\"" + groupLabels.get("alert_id") + "\", alertname=\""
                + groupLabels.get("alertname") + "\"}");
        root.put("truncatedAlerts", 0);
        root.put("status", status);
        root.put("receiver", RECEIVER);
        putStrings(root.putObject("groupLabels"), groupLabels);
        putStrings(root.putObject("commonLabels"), labels);
        putStrings(root.putObject("commonAnnotations"), annotations);
        root.put("externalURL", texts.publicUrl());
        ObjectNode alert = root.putArray("alerts").addObject();
        alert.put("status", status);
        putStrings(alert.putObject("labels"), labels);
        putStrings(alert.putObject("annotations"), annotations);
        alert.put("startsAt", notification.firedAt() == null ? NOT_ENDED : notification.firedAt().toString());
        alert.put("endsAt", "resolved".equals(status) && notification.resolvedAt() != null
                ? notification.resolvedAt().toString() : NOT_ENDED);
        alert.put("generatorURL", texts.link(notification).orElse(""));
        alert.put("fingerprint", "%016x".formatted(notification.alertId()));
        return root;
    }

    /** {@code JixiaoMilestoneOverdue} from {@code MILESTONE_OVERDUE}, like the service's Prometheus rules. */
    static String alertName(Notification notification) {
        StringBuilder name = new StringBuilder("Jixiao");
        for (String word : notification.kind().name().split("_")) {
            name.append(word.charAt(0)).append(word.substring(1).toLowerCase(Locale.ROOT));
        }
        return name.toString();
    }

    private static Map<String, String> labels(Notification notification) {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("alertname", alertName(notification));
        labels.put("alert_id", Long.toString(notification.alertId()));
        labels.put("kind", notification.kind().name());
        labels.put("severity", notification.severity().name().toLowerCase(Locale.ROOT));
        labels.put("project", Long.toString(notification.projectId()));
        if (notification.facts() != null && SenderChecks.present(notification.facts().departmentCode())) {
            labels.put("department", notification.facts().departmentCode().strip());
        }
        return labels;
    }

    private static void putStrings(ObjectNode node, Map<String, String> values) {
        values.forEach(node::put);
    }
}

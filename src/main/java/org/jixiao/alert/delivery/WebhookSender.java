package org.jixiao.alert.delivery;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jixiao.alert.NotificationEvent;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A generic webhook, spoken in Alertmanager's webhook format (version 4), so that anything that takes Alertmanager's
 * notifications takes ours: one call per grouped message, the group's alerts in {@code alerts[]}, each with a
 * {@code generatorURL} to the alert, {@code externalURL} the service. The group's {@code groupKey} is the same for
 * each of its messages; the {@code Idempotency-Key} header is the same on every retry of one message.
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
    public Mono<Void> send(ChannelAddress to, GroupMessage message) {
        SenderChecks.requireSome(message.notifications());
        String key = message.idempotencyKey();
        return Mono.defer(() -> poster.post(WHAT, SenderChecks.uri(WHAT, SenderChecks.url(WHAT, to)),
                payload(message, to.locale()), key == null ? Map.of() : Map.of("Idempotency-Key", key))).then();
    }

    ObjectNode payload(GroupMessage message, Locale locale) {
        List<Notification> notifications = message.notifications();
        // Alertmanager: a group is firing while any of its alerts is.
        String status = notifications.stream().allMatch(notification -> notification.event()
                == NotificationEvent.RESOLVED) ? "resolved" : "firing";
        List<Map<String, String>> labels = notifications.stream().map(WebhookSender::labels).toList();
        List<Map<String, String>> annotations = notifications.stream()
                .map(notification -> annotations(notification, locale)).toList();

        ObjectNode root = jsonMapper.createObjectNode();
        root.put("version", "4");
        root.put("groupKey", message.webhookGroupKey());
        root.put("truncatedAlerts", 0);
        root.put("status", status);
        root.put("receiver", RECEIVER);
        putStrings(root.putObject("groupLabels"), message.groupLabels());
        putStrings(root.putObject("commonLabels"), common(labels));
        putStrings(root.putObject("commonAnnotations"), common(annotations));
        root.put("externalURL", texts.publicUrl());
        ArrayNode alerts = root.putArray("alerts");
        for (int i = 0; i < notifications.size(); i++) {
            Notification notification = notifications.get(i);
            boolean resolved = notification.event() == NotificationEvent.RESOLVED;
            ObjectNode alert = alerts.addObject();
            alert.put("status", resolved ? "resolved" : "firing");
            putStrings(alert.putObject("labels"), labels.get(i));
            putStrings(alert.putObject("annotations"), annotations.get(i));
            alert.put("startsAt", notification.firedAt() == null ? NOT_ENDED : notification.firedAt().toString());
            alert.put("endsAt", resolved && notification.resolvedAt() != null
                    ? notification.resolvedAt().toString() : NOT_ENDED);
            alert.put("generatorURL", texts.link(notification).orElse(""));
            alert.put("fingerprint", "%016x".formatted(notification.alertId()));
        }
        return root;
    }

    private Map<String, String> annotations(Notification notification, Locale locale) {
        Map<String, String> annotations = new LinkedHashMap<>();
        annotations.put("summary", texts.subject(notification, locale));
        annotations.put("description", texts.plainText(notification, locale));
        return annotations;
    }

    /** What every alert of the group has, with the same value. */
    static Map<String, String> common(List<Map<String, String>> each) {
        Map<String, String> common = new LinkedHashMap<>(each.getFirst());
        for (Map<String, String> other : each.subList(1, each.size())) {
            common.entrySet().removeIf(entry -> !entry.getValue().equals(other.get(entry.getKey())));
        }
        return common;
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
        if (notification.facts() != null && notification.facts().reportId() != null) {
            labels.put("report", notification.facts().reportId().toString());
        }
        return labels;
    }

    private static void putStrings(ObjectNode node, Map<String, String> values) {
        values.forEach(node::put);
    }
}

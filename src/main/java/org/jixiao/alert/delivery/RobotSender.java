package org.jixiao.alert.delivery;

import java.util.List;
import java.util.Map;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.web.reactive.function.client.WebClient;

/**
 * What the chat robots share: one message per call (a digest of the group's alerts when it has several), built afresh
 * on every try, posted as JSON, and taken only when the robot's answer says so. A robot says only how its message
 * looks, where and whether it signs, and how its answer reads ({@link RobotAnswerCheck}).
 */
abstract class RobotSender implements ChannelSender {

    private final ChannelType type;
    private final String what;
    private final RobotAnswerCheck answerCheck;
    private final JsonPoster poster;
    private final JsonMapper jsonMapper;

    /** For robots that sign with a timestamp: real time, which is what the robot checks it against. */
    final DeliveryClock clock;
    final AlertTexts texts;
    final RobotLimits limits;

    RobotSender(ChannelType type, RobotAnswerCheck answerCheck, WebClient.Builder webClientBuilder,
            JsonMapper jsonMapper, DeliveryClock clock, AlertTexts texts) {
        this.type = type;
        this.what = answerCheck.what();
        this.answerCheck = answerCheck;
        this.poster = new JsonPoster(webClientBuilder, jsonMapper, clock);
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        this.texts = texts;
        this.limits = RobotLimits.of(type);
    }

    @Override
    public final ChannelType type() {
        return type;
    }

    @Override
    public final Mono<Void> send(ChannelAddress to, GroupMessage message) {
        List<Notification> notifications = message.notifications();
        SenderChecks.requireSome(notifications);
        // Deferred so that every retry signs with a fresh timestamp: DingTalk and Feishu refuse one an hour off.
        return Mono.defer(() -> {
            ObjectNode body = jsonMapper.createObjectNode();
            writeMessage(body, to, notifications);
            String url = signedUrl(SenderChecks.url(what, to), to);
            return poster.post(what, SenderChecks.uri(what, url), body, Map.of());
        }).doOnNext(answer -> answerCheck.requireAccepted(poster.answer(what, answer))).then();
    }

    /** Writes the message (and a signature that travels in the body) into the request's empty JSON body. */
    abstract void writeMessage(ObjectNode body, ChannelAddress to, List<Notification> notifications);

    /** The URL to post to: as subscribed, unless the robot signs in the query. */
    String signedUrl(String url, ChannelAddress to) {
        return url;
    }
}

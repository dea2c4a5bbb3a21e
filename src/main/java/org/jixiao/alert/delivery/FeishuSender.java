package org.jixiao.alert.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A Feishu (飞书) custom bot: one text message per call (a digest when given several alerts), signed in the body when
 * the bot has a secret. Codes 9499 and 11232 mean too many messages.
 */
@Component
public class FeishuSender implements ChannelSender {

    static final String WHAT = "the Feishu bot";

    static final Set<Integer> TOO_MANY_REQUESTS = Set.of(9499, 11232);

    // Answers used to say StatusCode/StatusMessage; current ones say code/msg.
    private static final RobotAnswerCheck ANSWER = new RobotAnswerCheck(WHAT, List.of("code", "StatusCode"),
            List.of("msg", "StatusMessage"), TOO_MANY_REQUESTS, RobotLimits.FEISHU.penalty().toSeconds());

    private final JsonPoster poster;
    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final AlertTexts texts;

    public FeishuSender(WebClient.Builder webClientBuilder, JsonMapper jsonMapper, Clock clock, AlertTexts texts) {
        this.poster = new JsonPoster(webClientBuilder, jsonMapper, clock);
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        this.texts = texts;
    }

    @Override
    public ChannelType type() {
        return ChannelType.FEISHU;
    }

    @Override
    public Mono<Void> send(ChannelAddress to, List<Notification> notifications, String idempotencyKey) {
        SenderChecks.requireSome(notifications);
        // Deferred so that every retry signs with a fresh timestamp: Feishu refuses one more than an hour off.
        return Mono.defer(() -> {
            ObjectNode body = jsonMapper.createObjectNode();
            if (SenderChecks.present(to.secret())) {
                long timestamp = clock.instant().getEpochSecond();
                body.put("timestamp", Long.toString(timestamp));
                body.put("sign", RobotSignatures.feishuSign(to.secret(), timestamp));
            }
            body.put("msg_type", "text");
            body.putObject("content").put("text",
                    texts.plainText(notifications, to.locale(), RobotLimits.FEISHU.maxMessageBytes()));
            return poster.post(WHAT, SenderChecks.uri(WHAT, SenderChecks.url(WHAT, to)), body, Map.of());
        }).doOnNext(answer -> ANSWER.requireAccepted(poster.answer(WHAT, answer))).then();
    }
}

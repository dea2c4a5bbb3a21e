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
 * A WeCom (企业微信) group robot: one markdown message per call (a digest when given several alerts), at most 4,096
 * bytes. It does not sign: the key in the URL is the secret. Error 45009 means the per-minute limit was hit.
 */
@Component
public class WeComSender implements ChannelSender {

    static final String WHAT = "the WeCom robot";

    static final int FREQUENCY_OUT_OF_LIMIT = 45009;

    private static final RobotAnswerCheck ANSWER = new RobotAnswerCheck(WHAT, List.of("errcode"), List.of("errmsg"),
            Set.of(FREQUENCY_OUT_OF_LIMIT), RobotLimits.WECOM.penalty().toSeconds());

    private final JsonPoster poster;
    private final JsonMapper jsonMapper;
    private final AlertTexts texts;

    public WeComSender(WebClient.Builder webClientBuilder, JsonMapper jsonMapper, Clock clock, AlertTexts texts) {
        this.poster = new JsonPoster(webClientBuilder, jsonMapper, clock);
        this.jsonMapper = jsonMapper;
        this.texts = texts;
    }

    @Override
    public ChannelType type() {
        return ChannelType.WECOM;
    }

    @Override
    public Mono<Void> send(ChannelAddress to, List<Notification> notifications, String idempotencyKey) {
        SenderChecks.requireSome(notifications);
        return Mono.defer(() -> {
            ObjectNode body = jsonMapper.createObjectNode();
            body.put("msgtype", "markdown");
            body.putObject("markdown").put("content",
                    texts.markdown(notifications, to.locale(), RobotLimits.WECOM.maxMessageBytes()));
            return poster.post(WHAT, SenderChecks.uri(WHAT, SenderChecks.url(WHAT, to)), body, Map.of());
        }).doOnNext(answer -> ANSWER.requireAccepted(poster.answer(WHAT, answer))).then();
    }
}

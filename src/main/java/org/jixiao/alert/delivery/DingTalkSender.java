package org.jixiao.alert.delivery;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A DingTalk group robot: one markdown message per call (a digest when given several alerts), signed in the query
 * when the robot has a secret. Error 130101 ("send too fast") comes with a ten-minute ban.
 */
@Component
public class DingTalkSender implements ChannelSender {

    static final String WHAT = "the DingTalk robot";

    static final int SEND_TOO_FAST = 130101;

    private static final RobotAnswerCheck ANSWER = new RobotAnswerCheck(WHAT, List.of("errcode"), List.of("errmsg"),
            Set.of(SEND_TOO_FAST), RobotLimits.DINGTALK.penalty().toSeconds());

    private final JsonPoster poster;
    private final JsonMapper jsonMapper;
    private final Clock clock;
    private final AlertTexts texts;

    public DingTalkSender(WebClient.Builder webClientBuilder, JsonMapper jsonMapper, Clock clock, AlertTexts texts) {
        this.poster = new JsonPoster(webClientBuilder, jsonMapper, clock);
        this.jsonMapper = jsonMapper;
        this.clock = clock;
        this.texts = texts;
    }

    @Override
    public ChannelType type() {
        return ChannelType.DINGTALK;
    }

    @Override
    public Mono<Void> send(ChannelAddress to, List<Notification> notifications, String idempotencyKey) {
        SenderChecks.requireSome(notifications);
        // Deferred so that every retry signs with a fresh timestamp: DingTalk refuses one older than an hour.
        return Mono.defer(() -> {
            Locale locale = to.locale();
            ObjectNode body = jsonMapper.createObjectNode();
            body.put("msgtype", "markdown");
            ObjectNode markdown = body.putObject("markdown");
            markdown.put("title", texts.title(notifications, locale));
            markdown.put("text", texts.markdown(notifications, locale, RobotLimits.DINGTALK.maxMessageBytes()));
            String url = SenderChecks.present(to.secret())
                    ? RobotSignatures.dingTalkSignedUrl(SenderChecks.url(WHAT, to), to.secret(), clock.instant())
                    : SenderChecks.url(WHAT, to);
            return poster.post(WHAT, SenderChecks.uri(WHAT, url), body, Map.of());
        }).doOnNext(answer -> ANSWER.requireAccepted(poster.answer(WHAT, answer))).then();
    }
}

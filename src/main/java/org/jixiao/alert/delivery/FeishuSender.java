package org.jixiao.alert.delivery;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A Feishu (飞书) custom bot: one text message per call (a digest when given several alerts), signed in the body when
 * the bot has a secret. Codes 9499 and 11232 mean too many messages.
 */
@Component
public class FeishuSender extends RobotSender {

    static final String WHAT = "the Feishu bot";

    static final Set<Integer> TOO_MANY_REQUESTS = Set.of(9499, 11232);

    // Answers used to say StatusCode/StatusMessage; current ones say code/msg.
    private static final RobotAnswerCheck ANSWER = new RobotAnswerCheck(WHAT, List.of("code", "StatusCode"),
            List.of("msg", "StatusMessage"), TOO_MANY_REQUESTS, RobotLimits.FEISHU.penalty().toSeconds());

    public FeishuSender(WebClient.Builder webClientBuilder, JsonMapper jsonMapper, DeliveryClock clock,
            AlertTexts texts) {
        super(ChannelType.FEISHU, ANSWER, webClientBuilder, jsonMapper, clock, texts);
    }

    @Override
    void writeMessage(ObjectNode body, ChannelAddress to, List<Notification> notifications) {
        if (SenderChecks.present(to.secret())) {
            long timestamp = clock.instant().getEpochSecond();
            body.put("timestamp", Long.toString(timestamp));
            body.put("sign", RobotSignatures.feishuSign(to.secret(), timestamp));
        }
        body.put("msg_type", "text");
        body.putObject("content").put("text",
                texts.plainText(notifications, to.locale(), limits.maxMessageBytes()));
    }
}

package org.jixiao.alert.delivery;

import java.util.List;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A WeCom (企业微信) group robot: one markdown message per call (a digest when given several alerts), at most 4,096
 * bytes. It does not sign: the key in the URL is the secret. Error 45009 means the per-minute limit was hit.
 */
@Component
public class WeComSender extends RobotSender {

    static final String WHAT = "the WeCom robot";

    static final int FREQUENCY_OUT_OF_LIMIT = 45009;

    private static final RobotAnswerCheck ANSWER = new RobotAnswerCheck(WHAT, List.of("errcode"), List.of("errmsg"),
            Set.of(FREQUENCY_OUT_OF_LIMIT), RobotLimits.WECOM.penalty().toSeconds());

    public WeComSender(WebClient.Builder webClientBuilder, JsonMapper jsonMapper, DeliveryClock clock,
            AlertTexts texts) {
        super(ChannelType.WECOM, ANSWER, webClientBuilder, jsonMapper, clock, texts);
    }

    @Override
    void writeMessage(ObjectNode body, ChannelAddress to, List<Notification> notifications) {
        body.put("msgtype", "markdown");
        body.putObject("markdown").put("content",
                texts.markdown(notifications, to.locale(), limits.maxMessageBytes()));
    }
}

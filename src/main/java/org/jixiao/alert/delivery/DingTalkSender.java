package org.jixiao.alert.delivery;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import org.springframework.stereotype.Component;
import org.springframework.web.reactive.function.client.WebClient;

/**
 * A DingTalk group robot: one markdown message per call (a digest when given several alerts), signed in the query
 * when the robot has a secret. Error 130101 ("send too fast") comes with a ten-minute ban.
 */
@Component
public class DingTalkSender extends RobotSender {

    static final String WHAT = "the DingTalk robot";

    static final int SEND_TOO_FAST = 130101;

    private static final RobotAnswerCheck ANSWER = new RobotAnswerCheck(WHAT, List.of("errcode"), List.of("errmsg"),
            Set.of(SEND_TOO_FAST), RobotLimits.DINGTALK.penalty().toSeconds());

    public DingTalkSender(WebClient.Builder webClientBuilder, JsonMapper jsonMapper, DeliveryClock clock,
            AlertTexts texts) {
        super(ChannelType.DINGTALK, ANSWER, webClientBuilder, jsonMapper, clock, texts);
    }

    @Override
    void writeMessage(ObjectNode body, ChannelAddress to, List<Notification> notifications) {
        Locale locale = to.locale();
        body.put("msgtype", "markdown");
        ObjectNode markdown = body.putObject("markdown");
        markdown.put("title", texts.title(notifications, locale));
        markdown.put("text", texts.markdown(notifications, locale, limits.maxMessageBytes()));
    }

    @Override
    String signedUrl(String url, ChannelAddress to) {
        return SenderChecks.present(to.secret())
                ? RobotSignatures.dingTalkSignedUrl(url, to.secret(), clock.instant())
                : url;
    }
}

package org.jixiao.alert.subscription;

import java.util.List;

/**
 * The body of {@code POST /api/v1/subscriptions}; read as text so that a wrong value is named in the answer.
 *
 * @param minSeverity INFO (default), WARNING or CRITICAL
 * @param language zh (default) or en
 */
public record SubscriptionRequest(String department, Long project, List<String> kinds, String minSeverity,
        ChannelRequest channel, String language) {

    /**
     * @param type EMAIL, WEBHOOK, DINGTALK, WECOM or FEISHU
     * @param address the mailbox, for EMAIL
     * @param url the endpoint, for the others
     * @param secret the signing secret of a DingTalk or Feishu robot that signs
     */
    public record ChannelRequest(String type, String address, String url, String secret) {
    }
}

package org.jixiao.alert.delivery;

import java.util.Locale;

/**
 * Where and how to send, from a subscription.
 *
 * @param address the mailbox, for {@link ChannelType#EMAIL}
 * @param url the endpoint, for webhooks and robots (a WeCom robot's key is part of it)
 * @param secret the signing secret of a DingTalk or Feishu robot, if it signs
 * @param language the language of the message: {@code zh} (default) or {@code en}
 */
public record ChannelAddress(ChannelType type, String address, String url, String secret, String language) {

    public Locale locale() {
        return "en".equals(language) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }
}

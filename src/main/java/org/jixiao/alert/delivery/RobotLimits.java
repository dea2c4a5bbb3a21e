package org.jixiao.alert.delivery;

import java.time.Duration;
import java.util.List;

/**
 * What a chat robot allows (domain §8): how many messages per window, how long one message may be, and how long it
 * makes a sender wait once the limit is exceeded. Data only; the limiter that honours it lives elsewhere.
 *
 * @param windows every window must hold, e.g. Feishu's 100 per minute and 5 per second
 * @param maxMessageBytes the UTF-8 size of the message text we send
 * @param penalty how long the robot refuses messages after its limit was exceeded
 */
public record RobotLimits(List<Window> windows, int maxMessageBytes, Duration penalty) {

    /**
     * 20 messages a minute, then a ten-minute ban. The documented message limit is larger (about 20,000 bytes), but
     * long markdown is cut by the clients, so 4,000 bytes keeps well inside it.
     */
    public static final RobotLimits DINGTALK = new RobotLimits(List.of(new Window(20, Duration.ofMinutes(1))), 4000,
            Duration.ofMinutes(10));

    /** 20 messages a minute; markdown content at most 4,096 bytes (text 2,048); we send markdown. */
    public static final RobotLimits WECOM = new RobotLimits(List.of(new Window(20, Duration.ofMinutes(1))), 4096,
            Duration.ofMinutes(1));

    /**
     * 100 messages a minute and 5 a second. The request body may be up to 20 KB; 4,000 bytes of text is for safety
     * and for a message people still read.
     */
    public static final RobotLimits FEISHU = new RobotLimits(List.of(new Window(100, Duration.ofMinutes(1)),
            new Window(5, Duration.ofSeconds(1))), 4000, Duration.ofMinutes(1));

    public RobotLimits {
        windows = List.copyOf(windows);
    }

    public static RobotLimits of(ChannelType type) {
        return switch (type) {
            case DINGTALK -> DINGTALK;
            case WECOM -> WECOM;
            case FEISHU -> FEISHU;
            case EMAIL, WEBHOOK -> throw new IllegalArgumentException(type + " is not a chat robot");
        };
    }

    /** At most {@code messages} within any {@code per}. */
    public record Window(int messages, Duration per) {
    }
}

package org.jixiao.alert.delivery;

/** Where a subscription's messages go. Chat robots are quiet on holidays and at night unless an alert is critical. */
public enum ChannelType {
    EMAIL,
    WEBHOOK,
    DINGTALK,
    WECOM,
    FEISHU;

    public boolean isChatRobot() {
        return this == DINGTALK || this == WECOM || this == FEISHU;
    }
}

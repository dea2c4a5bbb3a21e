package org.jixiao.alert.subscription;

import java.net.URI;

import org.jixiao.alert.delivery.ChannelType;

/**
 * How a channel's recipient is shown to people. Robot URLs carry their credentials (a WeCom key, a DingTalk access
 * token in the query, a Feishu hook id in the path), so those parts are masked.
 */
final class Recipients {

    private static final String MASK = "***";

    private Recipients() {
    }

    static String shown(ChannelType type, String address, String url) {
        if (type == ChannelType.EMAIL) {
            return address;
        }
        URI uri = URI.create(url);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (type == ChannelType.FEISHU && path.lastIndexOf('/') >= 0) {
            path = path.substring(0, path.lastIndexOf('/') + 1) + MASK;
        }
        StringBuilder shown = new StringBuilder(uri.getScheme()).append("://").append(uri.getRawAuthority())
                .append(path);
        if (uri.getRawQuery() != null) {
            shown.append('?');
            String[] pairs = uri.getRawQuery().split("&");
            for (int i = 0; i < pairs.length; i++) {
                int equals = pairs[i].indexOf('=');
                shown.append(i == 0 ? "" : "&").append(equals < 0 ? pairs[i] : pairs[i].substring(0, equals + 1) + MASK);
            }
        }
        return shown.toString();
    }
}

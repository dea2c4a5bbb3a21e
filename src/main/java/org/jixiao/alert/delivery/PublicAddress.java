package org.jixiao.alert.delivery;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.function.Supplier;

import org.jixiao.alert.AlertsProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where links in alert messages (and a webhook's {@code externalURL}) point: {@code jixiao.alerts.public-url} when it
 * is set, else this server's own address, {@code http://<host name>:<port>} with the port the server really listens
 * on (known once it has started: {@code server.port} may be 0) and the machine's host name, or {@code server.address}
 * when the server is bound to one. Never empty, so that every message links somewhere; behind a proxy or an ingress,
 * set {@code public-url} to the address people reach.
 */
@Component
public class PublicAddress implements Supplier<String>, ApplicationListener<WebServerInitializedEvent> {

    private static final Logger log = LoggerFactory.getLogger(PublicAddress.class);

    private final String configured;
    private final String scheme;
    private final String host;
    private volatile int port;

    PublicAddress(AlertsProperties properties, Environment environment) {
        this.configured = properties.publicUrl().strip();
        this.scheme = environment.getProperty("server.ssl.enabled", Boolean.class, false) ? "https" : "http";
        this.host = host(environment.getProperty("server.address"));
        this.port = environment.getProperty("server.port", Integer.class, 8080);
    }

    @Override
    public String get() {
        return configured.isEmpty() ? derived(scheme, host, port) : configured;
    }

    /** The main server's port (a management server on a port of its own has a namespace and is not it). */
    @Override
    public void onApplicationEvent(WebServerInitializedEvent event) {
        if (event.getApplicationContext().getServerNamespace() == null) {
            port = event.getWebServer().getPort();
            log.info("Links in alert messages point to {}{}", get(), configured.isEmpty()
                    ? " (this server's own address; set jixiao.alerts.public-url to the address people reach)" : "");
        }
    }

    static String derived(String scheme, String host, int port) {
        String bracketed = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        return scheme + "://" + bracketed + ":" + port;
    }

    /** {@code server.address} unless it is absent or the wildcard, else the machine's host name. */
    static String host(String serverAddress) {
        if (serverAddress != null && !serverAddress.isBlank()) {
            String address = serverAddress.strip();
            try {
                if (!InetAddress.getByName(address).isAnyLocalAddress()) {
                    return address;
                }
            }
            catch (UnknownHostException ex) {
                return address;
            }
        }
        try {
            return InetAddress.getLocalHost().getHostName();
        }
        catch (UnknownHostException ex) {
            return "localhost";
        }
    }
}

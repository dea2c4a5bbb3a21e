package org.jixiao.alert.delivery;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jixiao.alert.AlertMetrics;
import org.jixiao.alert.AlertsProperties;
import org.jixiao.alert.delivery.DeliveryMetrics.Outcome;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import reactor.core.Disposable;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Works off the outbox on every instance: claims due messages, sends them (a chat robot's pending messages as one
 * digest, within its rate limit), and records the outcome; a failure waits with exponential backoff and, after the
 * give-up time, stays in the outbox as failed. Refreshes the alert gauges on each tick as well. All its times are
 * real elapsed time ({@link DeliveryClock}), so retries fall due even while the business clock is pinned.
 */
@Component
public class DeliveryWorker implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeliveryWorker.class);
    private static final int ERROR_LENGTH = 500;

    private final DeliveryClaims claims;
    private final RobotRateLimiter limiter;
    private final Map<ChannelType, ChannelSender> senders = new EnumMap<>(ChannelType.class);
    private final AlertMetrics alertMetrics;
    private final DeliveryMetrics metrics;
    private final AlertsProperties.Delivery properties;
    private final Backoff backoff;
    private final DeliveryClock clock;
    private final String instance = ManagementFactory.getRuntimeMXBean().getName();
    private volatile Disposable loop;

    DeliveryWorker(DeliveryClaims claims, RobotRateLimiter limiter, List<ChannelSender> senders,
            AlertMetrics alertMetrics, DeliveryMetrics metrics, AlertsProperties properties, DeliveryClock clock) {
        this.claims = claims;
        this.limiter = limiter;
        senders.forEach(sender -> this.senders.put(sender.type(), sender));
        this.alertMetrics = alertMetrics;
        this.metrics = metrics;
        this.properties = properties.delivery();
        this.backoff = new Backoff(this.properties.initialBackoff(), this.properties.maxBackoff(),
                this.properties.giveUpAfter());
        this.clock = clock;
    }

    @Override
    public void start() {
        log.info("Alert delivery {} on {}: every {}, lease {}, backoff {}..{}, give up after {}",
                properties.enabled() ? "on" : "OFF", instance, properties.pollInterval(), properties.lease(),
                properties.initialBackoff(), properties.maxBackoff(), properties.giveUpAfter());
        loop = Flux.interval(properties.pollInterval(), properties.pollInterval(), Schedulers.parallel())
                .onBackpressureDrop()
                .concatMap(tick -> tick().onErrorResume(failure -> {
                    log.warn("Alert delivery tick failed: {}", failure.toString());
                    return Mono.empty();
                }), 0)
                .subscribe();
    }

    @Override
    public void stop() {
        Disposable running = loop;
        if (running != null) {
            running.dispose();
        }
        loop = null;
    }

    @Override
    public boolean isRunning() {
        return loop != null && !loop.isDisposed();
    }

    private Mono<Void> tick() {
        Mono<Void> work = properties.enabled() ? drain() : Mono.empty();
        return work.then(Mono.defer(() -> alertMetrics.refresh().then(metrics.refresh(clock.instant()))));
    }

    /** Sends everything that is due, a batch at a time, until a batch comes back short. */
    public Mono<Void> drain() {
        return drainBatch().expand(claimed -> claimed == properties.batchSize() ? drainBatch() : Mono.empty())
                .then();
    }

    private Mono<Integer> drainBatch() {
        Instant now = clock.instant();
        return claims.claim(instance, now, properties.lease(), properties.batchSize()).collectList()
                .flatMap(claimed -> Flux.fromIterable(groups(claimed))
                        .flatMap(this::deliver, 4)
                        .then(Mono.just(claimed.size())));
    }

    /** One message per row, except a robot's rows, which go together as one digest. */
    private static List<List<ClaimedDelivery>> groups(List<ClaimedDelivery> claimed) {
        Map<String, List<ClaimedDelivery>> groups = new LinkedHashMap<>();
        for (ClaimedDelivery delivery : claimed) {
            boolean robot = delivery.to() != null && delivery.to().type().isChatRobot();
            String key = robot ? "robot:" + delivery.subscriptionId() : "row:" + delivery.id();
            groups.computeIfAbsent(key, any -> new ArrayList<>()).add(delivery);
        }
        return List.copyOf(groups.values());
    }

    private Mono<Void> deliver(List<ClaimedDelivery> group) {
        ClaimedDelivery first = group.getFirst();
        List<Long> ids = group.stream().map(ClaimedDelivery::id).toList();
        if (first.to() == null) {
            return claims.cancel(ids, "subscription deleted");
        }
        ChannelType type = first.to().type();
        ChannelSender sender = senders.get(type);
        Instant now = clock.instant();
        Mono<Optional<Instant>> permit = type.isChatRobot()
                ? limiter.reserve(type, first.to().url(), now) : Mono.just(Optional.empty());
        return permit.flatMap(wait -> {
            if (wait.isPresent()) {
                metrics.delivered(type, Outcome.DEFERRED, group.size());
                return claims.defer(ids, wait.get());
            }
            List<Notification> notifications = group.stream().map(ClaimedDelivery::notification).toList();
            return sender.send(first.to(), notifications, "jixiao-delivery-" + first.id())
                    .then(Mono.defer(() -> {
                        metrics.delivered(type, Outcome.SENT, group.size());
                        return claims.sent(ids, clock.instant(), group.size());
                    }))
                    .onErrorResume(failure -> failed(group, type, failure));
        });
    }

    private Mono<Void> failed(List<ClaimedDelivery> group, ChannelType type, Throwable failure) {
        Instant now = clock.instant();
        Duration peerWait = failure instanceof DeliveryException delivery && delivery.rateLimited()
                ? Duration.ofSeconds(delivery.retryAfterSeconds()) : null;
        List<Long> ids = new ArrayList<>();
        List<Instant> next = new ArrayList<>();
        int givenUp = 0;
        for (ClaimedDelivery delivery : group) {
            Instant at = backoff.nextAttempt(delivery.createdAt(), now, delivery.attempts() + 1, peerWait);
            ids.add(delivery.id());
            next.add(at);
            givenUp += at == null ? 1 : 0;
        }
        String error = message(failure);
        if (givenUp > 0) {
            log.warn("Gave up on {} {} message(s) after {}: {}", givenUp, type, properties.giveUpAfter(), error);
            metrics.delivered(type, Outcome.FAILED, givenUp);
        }
        if (group.size() > givenUp) {
            log.info("{} message(s) to {} failed, will retry: {}", group.size() - givenUp, type, error);
            metrics.delivered(type, Outcome.RETRY, group.size() - givenUp);
        }
        return claims.failed(ids, next, error, now);
    }

    private static String message(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() > ERROR_LENGTH ? message.substring(0, ERROR_LENGTH) + "…" : message;
    }
}

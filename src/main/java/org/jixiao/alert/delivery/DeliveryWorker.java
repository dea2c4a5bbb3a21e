package org.jixiao.alert.delivery;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
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
 * Works off the outbox on every instance: claims due grouped messages, sends each as one email, webhook call or robot
 * digest (a robot's within its rate limit), and records the outcome; a failure waits with exponential backoff and,
 * after the give-up time, stays in the outbox as failed. Refreshes the alert gauges on each tick as well. All its
 * times are real elapsed time ({@link DeliveryClock}), so retries fall due even while the business clock is pinned.
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

    /**
     * Sends everything that is due, a batch at a time, until a batch comes back short; first takes over rows queued by
     * replicas of the previous release.
     */
    public Mono<Void> drain() {
        return claims.adoptLegacyRows(clock.instant())
                .then(drainBatch().expand(claimed -> claimed == properties.batchSize() ? drainBatch() : Mono.empty())
                        .then());
    }

    private Mono<Integer> drainBatch() {
        Instant now = clock.instant();
        return claims.claim(instance, now, properties.lease(), properties.batchSize()).collectList()
                .flatMap(claimed -> Flux.fromIterable(claimed)
                        .flatMap(this::deliver, 4)
                        .then(Mono.just(claimed.size())));
    }

    /** One grouped message: email, webhook call or robot digest alike. */
    private Mono<Void> deliver(ClaimedMessage claimed) {
        if (claimed.to() == null) {
            return claims.cancel(claimed.id(), "subscription deleted");
        }
        ChannelType type = claimed.to().type();
        int alerts = claimed.queued().size();
        if (alerts == 0) {
            // Its alerts were deleted with their project, or only due-soon notices that ended were left.
            return claims.cancel(claimed.id(), "nothing left to tell: its alerts are gone or ended");
        }
        ChannelSender sender = senders.get(type);
        Instant now = clock.instant();
        Mono<Optional<Instant>> permit = type.isChatRobot()
                ? limiter.reserve(type, claimed.to().url(), now) : Mono.just(Optional.empty());
        return permit.flatMap(wait -> {
            if (wait.isPresent()) {
                metrics.delivered(type, Outcome.DEFERRED, alerts);
                return claims.defer(claimed.id(), wait.get());
            }
            GroupMessage message = claimed.message();
            return sender.send(claimed.to(), message)
                    .then(Mono.defer(() -> {
                        metrics.delivered(type, Outcome.SENT, alerts);
                        return claims.sent(claimed.id(), clock.instant(), message.notifications().size());
                    }))
                    .onErrorResume(failure -> failed(claimed, type, failure));
        });
    }

    private Mono<Void> failed(ClaimedMessage claimed, ChannelType type, Throwable failure) {
        Instant now = clock.instant();
        Duration peerWait = failure instanceof DeliveryException delivery && delivery.rateLimited()
                ? Duration.ofSeconds(delivery.retryAfterSeconds()) : null;
        Instant firstTried = claimed.firstTriedAt() == null ? now : claimed.firstTriedAt();
        Instant next = backoff.nextAttempt(firstTried, now, claimed.attempts() + 1, peerWait);
        String error = message(failure);
        int alerts = claimed.queued().size();
        if (next == null) {
            log.warn("Gave up on a {} message of {} alert(s) after {}: {}", type, alerts, properties.giveUpAfter(),
                    error);
            metrics.delivered(type, Outcome.FAILED, alerts);
        }
        else {
            log.info("A {} message of {} alert(s) failed, will retry: {}", type, alerts, error);
            metrics.delivered(type, Outcome.RETRY, alerts);
        }
        return claims.failed(claimed.id(), next, error, now);
    }

    private static String message(Throwable failure) {
        String message = failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage();
        return message.length() > ERROR_LENGTH ? message.substring(0, ERROR_LENGTH) + "…" : message;
    }
}

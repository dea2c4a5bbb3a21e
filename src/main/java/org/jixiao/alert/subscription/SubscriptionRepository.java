package org.jixiao.alert.subscription;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;

import io.r2dbc.spi.Readable;
import org.jixiao.alert.AlertKind;
import org.jixiao.alert.Severity;
import org.jixiao.alert.delivery.ChannelType;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.utc;

@Repository
class SubscriptionRepository {

    private final DatabaseClient db;

    SubscriptionRepository(DatabaseClient db) {
        this.db = db;
    }

    Mono<Subscription> insert(NewSubscription subscription, String createdBy, Instant now) {
        return db.sql("""
                insert into alert_subscription (department_code, project_id, kinds, min_severity, channel_type,
                    address, url, secret, recipient, language, created_by, created_at)
                values (:department, :project, :kinds, :minSeverity, :type, :address, :url, :secret, :recipient,
                    :language, :createdBy, :now)
                returning *
                """)
                .bind("department", Parameter.fromOrEmpty(subscription.department(), String.class))
                .bind("project", Parameter.fromOrEmpty(subscription.project(), Long.class))
                .bind("kinds", subscription.kinds().stream().map(Enum::name).toArray(String[]::new))
                .bind("minSeverity", subscription.minSeverity().name())
                .bind("type", subscription.type().name())
                .bind("address", Parameter.fromOrEmpty(subscription.address(), String.class))
                .bind("url", Parameter.fromOrEmpty(subscription.url(), String.class))
                .bind("secret", Parameter.fromOrEmpty(subscription.secret(), String.class))
                .bind("recipient", Recipients.shown(subscription.type(), subscription.address(), subscription.url()))
                .bind("language", subscription.language())
                .bind("createdBy", createdBy)
                .bind("now", utc(now))
                .map(SubscriptionRepository::subscription)
                .one();
    }

    /** Every subscription, or those one person created. */
    Flux<Subscription> find(String createdBy) {
        return db.sql("""
                select * from alert_subscription where cast(:createdBy as text) is null or created_by = :createdBy
                 order by id
                """)
                .bind("createdBy", Parameter.fromOrEmpty(createdBy, String.class))
                .map(SubscriptionRepository::subscription)
                .all();
    }

    Mono<Subscription> findById(long id) {
        return db.sql("select * from alert_subscription where id = :id").bind("id", id)
                .map(SubscriptionRepository::subscription).one();
    }

    /** Deletes it; its pending messages are cancelled (sent ones stay in the alerts' history). */
    Mono<Void> delete(long id) {
        return db.sql("""
                update alert_message set state = 'CANCELLED', last_error = 'subscription deleted', lease_until = null,
                       sealed_at = coalesce(sealed_at, now())
                 where subscription_id = :id and state = 'PENDING'
                """)
                .bind("id", id).fetch().rowsUpdated()
                // Rows a replica of the previous release queued during a rolling update, not taken over yet.
                .then(db.sql("""
                        update alert_delivery set state = 'CANCELLED', last_error = 'subscription deleted',
                               lease_until = null
                         where subscription_id = :id and state = 'PENDING'
                        """)
                        .bind("id", id).fetch().rowsUpdated())
                .then(db.sql("delete from alert_subscription where id = :id").bind("id", id).fetch().rowsUpdated())
                .then();
    }

    private static Subscription subscription(Readable row) {
        String[] kinds = row.get("kinds", String[].class);
        OffsetDateTime createdAt = row.get("created_at", OffsetDateTime.class);
        return new Subscription(row.get("id", Long.class), row.get("department_code", String.class),
                row.get("project_id", Long.class),
                Arrays.stream(kinds == null ? new String[0] : kinds).map(AlertKind::valueOf).toList(),
                Severity.valueOf(row.get("min_severity", String.class)),
                new Subscription.Channel(ChannelType.valueOf(row.get("channel_type", String.class)),
                        row.get("recipient", String.class), row.get("secret", String.class) != null),
                row.get("language", String.class), row.get("created_by", String.class), createdAt.toInstant());
    }
}

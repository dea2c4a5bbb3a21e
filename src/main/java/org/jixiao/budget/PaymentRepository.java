package org.jixiao.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;

import io.r2dbc.spi.Readable;
import org.jixiao.system.Decimals;
import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

import org.springframework.r2dbc.core.DatabaseClient;
import org.springframework.r2dbc.core.Parameter;
import org.springframework.stereotype.Repository;

import static org.jixiao.system.database.Timestamps.utc;

@Repository
public class PaymentRepository {

    private final DatabaseClient db;

    public PaymentRepository(DatabaseClient db) {
        this.db = db;
    }

    public Mono<Payment> insert(long projectId, BigDecimal amount, LocalDate paidAt, String note, Long milestoneId,
            String recordedBy, Instant now) {
        return db.sql("""
                insert into payment (project_id, amount, paid_at, note, milestone_id, recorded_by, recorded_at)
                values (:projectId, :amount, :paidAt, :note, :milestoneId, :recordedBy, :now)
                returning *
                """)
                .bind("projectId", projectId)
                .bind("amount", amount)
                .bind("paidAt", paidAt)
                .bind("note", Parameter.fromOrEmpty(note, String.class))
                .bind("milestoneId", Parameter.fromOrEmpty(milestoneId, Long.class))
                .bind("recordedBy", recordedBy)
                .bind("now", utc(now))
                .map(PaymentRepository::payment)
                .one();
    }

    public Flux<Payment> findByProject(long projectId) {
        return db.sql("select * from payment where project_id = :projectId order by paid_at, id")
                .bind("projectId", projectId)
                .map(PaymentRepository::payment)
                .all();
    }

    private static Payment payment(Readable row) {
        return new Payment(row.get("id", Long.class), row.get("project_id", Long.class),
                Decimals.plain(row.get("amount", BigDecimal.class)), row.get("paid_at", LocalDate.class),
                row.get("note", String.class), row.get("milestone_id", Long.class),
                row.get("recorded_by", String.class), row.get("recorded_at", OffsetDateTime.class).toInstant());
    }
}

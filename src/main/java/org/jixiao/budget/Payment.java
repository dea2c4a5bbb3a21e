package org.jixiao.budget;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;

/** Money paid out of a project's annual budget, in yuan; it may settle a payment milestone. */
public record Payment(long id, long projectId, BigDecimal amount, LocalDate paidAt, String note, Long milestoneId,
        String recordedBy, Instant recordedAt) {
}

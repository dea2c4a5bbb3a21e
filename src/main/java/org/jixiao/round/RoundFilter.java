package org.jixiao.round;

/** Which rounds to list: one by id, or by kind, fiscal year and department (any of them may be null). */
public record RoundFilter(Long roundId, RoundKind kind, Integer fiscalYear, String department) {
}

package org.jixiao.support;

import java.util.List;

import org.jixiao.system.error.FieldViolation;

/** Violations as an English reader sees them, to compare with violations written as English text. */
public final class InEnglish {

    private InEnglish() {
    }

    public static List<FieldViolation> violations(List<FieldViolation> violations) {
        return violations.stream().map(violation -> new FieldViolation(violation.field(), violation.message()))
                .toList();
    }
}

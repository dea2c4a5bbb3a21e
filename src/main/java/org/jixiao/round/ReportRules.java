package org.jixiao.round;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.jixiao.light.Light;
import org.jixiao.system.Decimals;
import org.jixiao.system.error.Violations;
import org.jixiao.system.text.Message;

/**
 * The monitoring form's rules, as plain Java: which values a person may enter, and the gaps that keep a report from
 * being submitted. Every annual indicator needs a likelihood (完成目标可能性); an indicator that is off target (red,
 * yellow or blue) or whose likelihood is not 确定能 needs at least one cause category, a cause text when the category
 * is 其他, and a corrective measure.
 */
public final class ReportRules {

    public static final String CERTAIN = "确定能";
    /** The judgement that opens a rectification item when the report is approved. */
    public static final String IMPOSSIBLE = "完全不可能";
    public static final List<String> LIKELIHOODS = List.of(CERTAIN, "有可能", IMPOSSIBLE);
    public static final String OTHER_CAUSE = "其他";
    public static final List<String> CAUSES = List.of("经费保障", "制度保障", "人员保障", "硬件条件保障", OTHER_CAUSE);
    public static final int MAX_TEXT_LENGTH = 2_000;
    public static final int MAX_TITLE_LENGTH = 200;
    /** A projected value, like a measured one, is at most 10¹⁵ either way. */
    static final BigDecimal MAX_VALUE = new BigDecimal("1e15");
    static final int MAX_RETURN_FIELDS = 200;

    private ReportRules() {
    }

    /** Checks what a save carries, field by field; completeness is not asked (a draft may have gaps). */
    public static void checkUpdate(Violations violations, Integer version, BigDecimal fundsProjected, String progress,
            List<ReportEntry> entries, Set<Long> indicatorIds) {
        if (version == null) {
            violations.add("version", Message.of("problem.report.version-required"));
        }
        else if (version < 0) {
            violations.add("version", Message.of("problem.field.not-negative"));
        }
        if (fundsProjected != null) {
            if (fundsProjected.signum() < 0) {
                violations.add("fundsProjected", Message.of("problem.field.not-negative"));
            }
            else if (fundsProjected.compareTo(Decimals.MAX_YUAN) > 0) {
                violations.add("fundsProjected", Message.of("problem.field.too-large-yuan",
                        Decimals.MAX_YUAN.toPlainString()));
            }
            else if (fundsProjected.stripTrailingZeros().scale() > 2) {
                violations.add("fundsProjected", Message.of("problem.field.decimals", 2));
            }
        }
        violations.optionalText("progress", progress, MAX_TEXT_LENGTH);
        if (entries == null) {
            return;
        }
        Set<Long> seen = new HashSet<>();
        for (int i = 0; i < entries.size(); i++) {
            Violations entry = violations.under("indicators[" + i + "].");
            ReportEntry line = entries.get(i);
            if (line == null) {
                violations.add("indicators[" + i + "]",
                        Message.of("problem.field.must-be", Message.of("problem.type.object")));
                continue;
            }
            if (line.indicatorId() == null) {
                entry.add("indicatorId", Violations.required());
            }
            else if (!indicatorIds.contains(line.indicatorId())) {
                entry.add("indicatorId", Message.of("problem.report.not-annual", line.indicatorId()));
            }
            else if (!seen.add(line.indicatorId())) {
                entry.add("indicatorId", Message.of("problem.report.twice", line.indicatorId()));
            }
            if (line.projected() != null) {
                if (line.projected().abs().compareTo(MAX_VALUE) > 0) {
                    entry.add("projected", Message.of("problem.report.projected-too-large"));
                }
                else if (line.projected().stripTrailingZeros().scale() > 4) {
                    entry.add("projected", Message.of("problem.field.decimals", 4));
                }
            }
            if (line.likelihood() != null && !LIKELIHOODS.contains(line.likelihood().strip())) {
                entry.add("likelihood", oneOf(LIKELIHOODS, line.likelihood()));
            }
            for (int c = 0; c < line.causes().size(); c++) {
                String cause = line.causes().get(c);
                if (cause == null || !CAUSES.contains(cause.strip())) {
                    entry.add("causes[" + c + "]", oneOf(CAUSES, cause));
                }
            }
            entry.optionalText("causeText", line.causeText(), MAX_TEXT_LENGTH);
            entry.optionalText("measure", line.measure(), MAX_TEXT_LENGTH);
        }
    }

    /** The gaps that keep the form from being submitted, each named by its field. */
    public static Violations gaps(ReportForm form) {
        Violations gaps = new Violations();
        for (int i = 0; i < form.indicators().size(); i++) {
            ReportForm.Line line = form.indicators().get(i);
            Violations at = gaps.under("indicators[" + i + "].");
            Message which = Message.of("problem.report.which", line.level3(), line.indicatorId());
            if (blank(line.likelihood())) {
                at.add("likelihood", Message.of("problem.report.likelihood-required", which, String.join(", ", LIKELIHOODS)));
            }
            Message why = needsCause(line);
            if (why == null) {
                continue;
            }
            if (line.causes().isEmpty()) {
                at.add("causes", Message.of("problem.report.causes-required", which, why, String.join(", ", CAUSES)));
            }
            if (line.causes().contains(OTHER_CAUSE) && blank(line.causeText())) {
                at.add("causeText", Message.of("problem.report.cause-text-required", which, OTHER_CAUSE));
            }
            if (blank(line.measure())) {
                at.add("measure", Message.of("problem.report.measure-required", which, why));
            }
        }
        return gaps;
    }

    /** Why the line needs a cause and a measure (off target, or not certain to be met), or null when it does not. */
    static Message needsCause(ReportForm.Line line) {
        if (line.light() == Light.RED || line.light() == Light.YELLOW || line.light() == Light.BLUE) {
            return Message.of("problem.report.off-target",
                    Message.of("light." + line.light().name().toLowerCase(java.util.Locale.ROOT)));
        }
        if (!blank(line.likelihood()) && !CERTAIN.equals(line.likelihood())) {
            return Message.of("problem.report.not-certain", line.likelihood());
        }
        return null;
    }

    /** "must be one of A, B, C (was 'x')". */
    private static Message oneOf(List<String> allowed, String was) {
        return Message.of("problem.field.must-be-was", Message.of("problem.type.one-of", String.join(", ", allowed)),
                String.valueOf(was));
    }

    /** Checks a reviewer's return: a comment for the whole report, or comments per field, or both. */
    public static void checkReturn(Violations violations, String comment, Map<String, String> fields) {
        boolean noFields = fields == null || fields.isEmpty();
        if ((comment == null || comment.isBlank()) && noFields) {
            violations.add("comment", Message.of("problem.report.comment-required"));
        }
        violations.optionalText("comment", comment, MAX_TEXT_LENGTH);
        if (noFields) {
            return;
        }
        if (fields.size() > MAX_RETURN_FIELDS) {
            violations.add("fields", Message.of("problem.report.too-many-fields", MAX_RETURN_FIELDS));
            return;
        }
        fields.forEach((field, text) -> {
            if (violations.optionalText("fields", field, MAX_TITLE_LENGTH) && field.isBlank()) {
                violations.add("fields", Message.of("problem.report.blank-field"));
            }
            violations.requiredText("fields." + field, text, MAX_TEXT_LENGTH);
        });
    }

    /**
     * Whether a report is late: not handed in (a draft or returned) after the due date, or handed in (last) after it.
     */
    public static boolean late(ReportState state, java.time.Instant submittedAt, java.time.LocalDate due,
            java.time.LocalDate today, java.time.ZoneId zone) {
        if (state == ReportState.DRAFT || state == ReportState.RETURNED) {
            return today.isAfter(due) || submittedAt != null && submittedAt.atZone(zone).toLocalDate().isAfter(due);
        }
        return submittedAt != null && submittedAt.atZone(zone).toLocalDate().isAfter(due);
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}

package org.jixiao.round;

/** Which reports of a round to list: by state, department and lateness (any of them may be null). */
public record ReportFilter(ReportState state, String department, Boolean late) {
}

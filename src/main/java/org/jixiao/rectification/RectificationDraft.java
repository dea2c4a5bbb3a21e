package org.jixiao.rectification;

import java.time.LocalDate;

/**
 * An item about to be opened, by a rule or by hand.
 *
 * @param reportId the report it comes from, or null
 * @param indicatorId the indicator it is about, or null; with a report, at most one item per report and indicator
 */
public record RectificationDraft(long projectId, Long reportId, Long indicatorId, String what, String who,
        LocalDate due) {
}

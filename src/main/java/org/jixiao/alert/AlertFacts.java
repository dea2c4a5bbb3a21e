package org.jixiao.alert;

import java.time.LocalDate;

import org.jixiao.system.text.Message;

/**
 * What a message about an alert says, as the check that raised it saw it. Fields that do not apply to the kind are
 * {@code null}: a milestone alert has no indicator, a budget alert neither.
 *
 * @param projectName the project as printed on its sheet
 * @param departmentCode the department's code (预算单位编码)
 * @param departmentName the department as printed
 * @param milestoneTitle the milestone's title, for milestone alerts
 * @param due the milestone's due date, for milestone alerts
 * @param days days left before {@code due} (due soon) or days late (overdue); {@code null} for other kinds
 * @param indicatorName the level-3 indicator, for indicator alerts
 * @param target the indicator's target as printed
 * @param detail why the alert fired (a light's reason, the missing days ...), as a message: each subscriber reads it
 *     in their own language
 * @param reportId the report, for report alerts (their {@code due} and {@code days} are the round's)
 * @param roundTitle the report's round as titled, for report alerts
 */
public record AlertFacts(String projectName, String departmentCode, String departmentName, String milestoneTitle,
        LocalDate due, Integer days, String indicatorName, String target, Message detail, Long reportId,
        String roundTitle) {

    /** The facts of an alert about no report. */
    public AlertFacts(String projectName, String departmentCode, String departmentName, String milestoneTitle,
            LocalDate due, Integer days, String indicatorName, String target, Message detail) {
        this(projectName, departmentCode, departmentName, milestoneTitle, due, days, indicatorName, target, detail,
                null, null);
    }

    /** Facts end up in messages, so their texts never carry bidirectional controls (see {@link BidiControls}). */
    public AlertFacts {
        projectName = BidiControls.stripped(projectName);
        departmentCode = BidiControls.stripped(departmentCode);
        departmentName = BidiControls.stripped(departmentName);
        milestoneTitle = BidiControls.stripped(milestoneTitle);
        indicatorName = BidiControls.stripped(indicatorName);
        target = BidiControls.stripped(target);
        roundTitle = BidiControls.stripped(roundTitle);
        detail = BidiControls.stripped(detail);
    }
}

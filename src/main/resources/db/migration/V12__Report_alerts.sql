-- Report deadlines are milestones of every report in a round: reminders before, overdue alerts after, and the
-- reviewer's answer (returned, approved). Their alerts carry the report in their period ("report-<id>").
alter table alert drop constraint alert_kind_check;
alter table alert add constraint alert_kind_check check (kind in ('MILESTONE_DUE_SOON', 'MILESTONE_OVERDUE',
    'INDICATOR_OFF_TARGET', 'BUDGET_EXECUTION_LAG', 'MEASUREMENT_MISSING', 'TARGET_UNREADABLE', 'REPORT_DUE_SOON',
    'REPORT_OVERDUE', 'REPORT_RETURNED', 'REPORT_APPROVED'));

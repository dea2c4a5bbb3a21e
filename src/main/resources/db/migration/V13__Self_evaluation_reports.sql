-- Self-evaluation rounds (项目支出绩效自评表): a report of such a round shows the project's evaluation (its score card,
-- the evaluator's grades) beside what the owner fills in. The owner's 偏差原因分析及改进措施 per indicator is kept in
-- report_indicator (cause_text, measure), the 实际完成情况 of the annual goal in report.progress; the overall
-- conclusions are new. Approving stores the whole form in self_evaluation_snapshot, as a monitoring report stores its
-- form in snapshot; a report has at most one of the two.
alter table report add column conclusions text;
alter table report add column self_evaluation_snapshot jsonb;

alter table report drop constraint report_approved_has_snapshot;
alter table report add constraint report_approved_has_snapshot
    check (state <> 'APPROVED' or snapshot is not null or self_evaluation_snapshot is not null);
alter table report add constraint report_one_snapshot
    check (snapshot is null or self_evaluation_snapshot is null);

-- A FINAL evaluation is frozen: finalizing stores what the score was computed from (the annual indicators with
-- their targets, actuals and the evaluator's inputs, the budget and payments, the rule pack) and the score card
-- itself, so that later payments, measurements, milestones or a replaced sheet no longer change it. Reopening drops
-- the snapshot and the evaluation is computed live again. Finalizing before the fiscal year ends needs a reason.
alter table evaluation
    add column snapshot        jsonb,
    add column finalize_reason text;

-- Every evaluation finalized from now on carries its snapshot. NOT VALID leaves rows finalized before this migration
-- alone; the service freezes those on its next start (EvaluationFreezer), as of that day.
alter table evaluation
    add constraint evaluation_final_has_snapshot check (state <> 'FINAL' or snapshot is not null) not valid;

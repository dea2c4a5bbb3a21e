-- The sign-off date (填报日期) as printed: 20250226171011, 2021年3月15日, 2021.3.15, 2021-3, or anything else.
-- signoff_filled_at keeps the day read from it, when one could be read, for queries.
alter table project add column signoff_filled_text text;

-- Sheets stored so far had a readable ISO date; that is what they printed as far as anyone can tell.
update project set signoff_filled_text = to_char(signoff_filled_at, 'YYYY-MM-DD') where signoff_filled_at is not null;

-- Departments need no new column: a sheet that prints only a name is filed under a code derived from it
-- ('dn-' and 10 hex digits), one that prints none under 'unassigned' (docs/sheet-format.md#department).
comment on column project.department_code is
    'printed code (e.g. 102), or dn-<hex> derived from the name, or unassigned when the sheet names no department';

package org.jixiao.round;

import java.util.Locale;

/** What a person does to a report; each is one audited transition (or a save). */
public enum ReportAction {
    SAVE, SUBMIT, RETURN, APPROVE, REOPEN;

    /** The audit action's name, as the report's history shows it. */
    public String auditName() {
        return name().toLowerCase(Locale.ROOT);
    }
}

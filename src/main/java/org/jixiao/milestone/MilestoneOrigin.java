package org.jixiao.milestone;

public enum MilestoneOrigin {
    /** Derived from a deadline or recurring annual target. */
    TARGET,
    /** Added by hand. */
    MANUAL
}

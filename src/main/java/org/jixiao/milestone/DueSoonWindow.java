package org.jixiao.milestone;

/**
 * How many days before its due date an open milestone counts as due soon. The monitoring rule pack sets it (its
 * earliest reminder), so milestones follow the same rules as lights and alerts without depending on them.
 */
public record DueSoonWindow(int days) {

    public DueSoonWindow {
        if (days <= 0) {
            throw new IllegalArgumentException("the due-soon window must be at least one day, but is " + days);
        }
    }
}

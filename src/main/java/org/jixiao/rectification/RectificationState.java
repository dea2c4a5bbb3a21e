package org.jixiao.rectification;

/** An item is OPEN until someone closes it with a note (DONE); an OPEN item past its due date is overdue. */
public enum RectificationState {
    OPEN, DONE
}

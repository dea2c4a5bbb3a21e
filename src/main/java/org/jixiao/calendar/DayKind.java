package org.jixiao.calendar;

/** What a calendar entry says about a date that the plain Monday–Friday rule would get wrong. */
public enum DayKind {

    /** A day off within a statutory holiday period (weekend days inside the period included). */
    HOLIDAY,

    /** A 调休 make-up working day: a Saturday or Sunday on which people work. */
    WORKDAY
}

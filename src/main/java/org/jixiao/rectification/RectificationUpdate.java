package org.jixiao.rectification;

import java.time.LocalDate;

/** A change to an open item: the fields given replace the stored ones; {@code version} is required. */
public record RectificationUpdate(Integer version, String what, String who, LocalDate due) {
}

package org.jixiao.rectification;

import java.time.LocalDate;

/** A manual item ({@code POST /api/v1/rectifications}): all of it required. */
public record RectificationRequest(Long project, String what, String who, LocalDate due) {
}

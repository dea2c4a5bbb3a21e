package org.jixiao.rectification;

/** Closing an item: what was done (required) and the version the closure was decided on (required). */
public record RectificationClosure(Integer version, String note) {
}

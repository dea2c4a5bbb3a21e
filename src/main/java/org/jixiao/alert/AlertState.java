package org.jixiao.alert;

/** Firing until a person acknowledges it or its cause clears; a resolved alert fires again if the cause returns. */
public enum AlertState {
    FIRING,
    ACKNOWLEDGED,
    RESOLVED
}

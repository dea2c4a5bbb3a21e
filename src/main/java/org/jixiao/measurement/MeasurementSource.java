package org.jixiao.measurement;

public enum MeasurementSource {
    MANUAL,
    BULK,
    PROMETHEUS
}

package org.jixiao.measurement;

/**
 * A measured value that cannot be read against its target; the message says why in plain English, quoting the
 * text and the target as printed.
 */
public class MeasurementException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public MeasurementException(String message) {
        super(message);
    }

}

package org.jixiao.monitoring;

import java.util.Objects;

/**
 * A light with the reason for it, in plain English for a person, e.g. {@code 93% is below the target ≥95%}.
 */
public record Evaluation(Light light, String reason) {

    public Evaluation {
        Objects.requireNonNull(light, "light is required");
        Objects.requireNonNull(reason, "reason is required");
    }

}

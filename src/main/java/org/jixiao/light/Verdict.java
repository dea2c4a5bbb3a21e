package org.jixiao.light;

import java.util.Objects;

/**
 * A light with the reason for it, in plain English for a person, e.g. {@code 93% is below the target ≥95%}.
 */
public record Verdict(Light light, String reason) {

    public Verdict {
        Objects.requireNonNull(light, "light is required");
        Objects.requireNonNull(reason, "reason is required");
    }

}

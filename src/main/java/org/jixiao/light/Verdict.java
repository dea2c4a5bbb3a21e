package org.jixiao.light;

import java.util.Objects;

import org.jixiao.system.text.Message;

/**
 * A light with the reason for it, as a message that is put into the reader's language where it is shown, e.g.
 * {@code 93%，低于目标值 ≥95%} or {@code 93% is below the target ≥95%}.
 */
public record Verdict(Light light, Message reason) {

    public Verdict {
        Objects.requireNonNull(light, "light is required");
        Objects.requireNonNull(reason, "reason is required");
    }

}

package org.jixiao.light;

import java.util.Collection;

/**
 * A traffic light on an indicator, a budget or a project. Blue is "ahead of plan": the target may have been set too
 * low, which is worth a look but not bad, so it ranks between green and yellow.
 */
public enum Light {

    /** Nothing to judge yet (no measurement, qualitative, waived ...). */
    NONE(0),

    /** On track. */
    GREEN(1),

    /** Well ahead of plan: perhaps the target was set too low. */
    BLUE(2),

    /** Lagging; needs attention. */
    YELLOW(3),

    /** Off target. */
    RED(4);

    private final int severity;

    Light(int severity) {
        this.severity = severity;
    }

    /** How bad the light is: higher is worse; NONE is 0. */
    public int severity() {
        return this.severity;
    }

    /** The worst of the lights; {@link #NONE} for none at all. A {@code null} element counts as NONE. */
    public static Light worst(Collection<Light> lights) {
        Light worst = NONE;
        if (lights == null) {
            return worst;
        }
        for (Light light : lights) {
            if (light != null && light.severity > worst.severity) {
                worst = light;
            }
        }
        return worst;
    }

}

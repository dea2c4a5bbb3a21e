package org.jixiao.schedule;

/** The scheduled checks, by the name they have in Quartz, the API and the metrics. */
public enum Check {
    MILESTONE_SWEEP("milestone-sweep"),
    LIGHT_EVALUATION("light-evaluation"),
    PROMETHEUS_PULL("prometheus-pull"),
    MEASUREMENT_MISSING("measurement-missing");

    public static final String GROUP = "checks";

    private final String id;

    Check(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Check byId(String id) {
        for (Check check : values()) {
            if (check.id.equals(id)) {
                return check;
            }
        }
        throw new IllegalArgumentException("no check named " + id);
    }
}

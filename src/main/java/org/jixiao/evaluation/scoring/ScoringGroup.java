package org.jixiao.evaluation.scoring;

/**
 * The level-1 groups of a sheet (domain §2). A 2021-style level-1 成本指标 is its own group for reporting but shares
 * the points of 产出指标 (see {@link #pool()}).
 */
enum ScoringGroup {

    OUTPUT("产出指标"), COST("成本指标"), BENEFIT("效益指标"), SATISFACTION("满意度指标");

    private final String label;

    ScoringGroup(String label) {
        this.label = label;
    }

    String label() {
        return this.label;
    }

    /** The group whose points this group's indicators share: 成本指标 shares 产出指标's. */
    ScoringGroup pool() {
        return (this == COST) ? OUTPUT : this;
    }

    /** Reads a printed level 1 (产出指标, 效益指标, 满意度指标, 成本指标; also without 指标). */
    static ScoringGroup of(long indicatorId, String level1) {
        String text = (level1 != null) ? level1.strip() : "";
        if (text.contains("产出")) {
            return OUTPUT;
        }
        if (text.contains("成本")) {
            return COST;
        }
        if (text.contains("效益")) {
            return BENEFIT;
        }
        if (text.contains("满意")) {
            return SATISFACTION;
        }
        throw new IllegalArgumentException("indicator " + indicatorId + ": level 1 '" + level1
                + "' is none of 产出指标, 成本指标, 效益指标, 满意度指标");
    }

}

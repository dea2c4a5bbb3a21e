package org.jixiao.milestone;

/**
 * What a milestone is about. Derived milestones take it from the indicator name (支付/付款/尾款/质保金 → payment,
 * 验收 → acceptance, 完成/交付/上线/部署/建成 → delivery); see the derivation statement in MilestoneRepository.
 */
public enum MilestoneKind {
    PAYMENT,
    DELIVERY,
    ACCEPTANCE,
    OTHER
}

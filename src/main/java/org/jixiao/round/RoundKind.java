package org.jixiao.round;

/** What a round asks for: the in-year monitoring form, or the year-end self-evaluation form. */
public enum RoundKind {
    /** 绩效运行监控: the 项目支出绩效目标执行监控表. */
    MONITORING,
    /** 绩效自评: the 项目支出绩效自评表, read from the project's evaluation. */
    SELF_EVALUATION
}

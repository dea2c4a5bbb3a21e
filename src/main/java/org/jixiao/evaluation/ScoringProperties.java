package org.jixiao.evaluation;

import java.math.BigDecimal;
import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Rule packs for year-end scoring (docs/scoring.md). The central pack ({@code central}) is built in; more packs are
 * declared under {@code packs}, and a department code can select one in {@code department-packs}. Scores are computed
 * when read, so a changed pack re-scores every draft evaluation that uses it; a FINAL one keeps the pack it was
 * finalized with (its snapshot).
 *
 * @param defaultPack the pack used where no department pack applies
 * @param packs named packs, each with a version recorded on every score card
 * @param departmentPacks department code → pack name
 */
@Validated
@ConfigurationProperties("jixiao.scoring")
public record ScoringProperties(
        @NotBlank @DefaultValue("central") String defaultPack,
        @NotNull @DefaultValue Map<String, Pack> packs,
        @NotNull @DefaultValue Map<String, String> departmentPacks) {

    /** One pack's settings; unset points keep the central 10/50/30/10, options are off unless set. */
    public record Pack(
            @NotBlank String version,
            @DefaultValue("10") BigDecimal budgetPoints,
            @DefaultValue("50") BigDecimal outputPoints,
            @DefaultValue("30") BigDecimal benefitPoints,
            @DefaultValue("10") BigDecimal satisfactionPoints,
            @DefaultValue("false") boolean capByExecution,
            @DefaultValue("false") boolean overAchievementPenalty,
            @DefaultValue("false") boolean costRuleShanxi,
            Integer deadlinePartialCreditDays) {
    }
}

package org.jixiao.evaluation;

import java.util.HashMap;
import java.util.Map;

import org.jixiao.evaluation.scoring.ScoringPack;

import org.springframework.stereotype.Component;

/** Which rule pack scores a project: its department's, else the default. Checked at start-up, not at scoring time. */
@Component
public class ScoringPacks {

    private final Map<String, ScoringPack> packs = new HashMap<>();
    private final ScoringProperties properties;

    public ScoringPacks(ScoringProperties properties) {
        this.properties = properties;
        packs.put(ScoringPack.central().name(), ScoringPack.central());
        properties.packs().forEach((name, pack) -> packs.put(name, new ScoringPack(name, pack.version(),
                pack.budgetPoints(), pack.outputPoints(), pack.benefitPoints(), pack.satisfactionPoints(),
                pack.capByExecution(), pack.overAchievementPenalty(), pack.costRuleShanxi(),
                pack.deadlinePartialCreditDays())));
        require(properties.defaultPack(), "jixiao.scoring.default-pack");
        properties.departmentPacks().forEach((department, pack) ->
                require(pack, "jixiao.scoring.department-packs." + department));
    }

    public ScoringPack forDepartment(String departmentCode) {
        return packs.get(properties.departmentPacks().getOrDefault(departmentCode, properties.defaultPack()));
    }

    private void require(String name, String property) {
        if (!packs.containsKey(name)) {
            throw new IllegalStateException(property + " names the rule pack '" + name + "', which is not defined;"
                    + " known packs: " + packs.keySet());
        }
    }
}

package org.eduaid.enrollment.student.web;

import java.util.ArrayList;
import java.util.List;

import org.eduaid.enrollment.student.domain.FlagName;
import org.eduaid.enrollment.student.domain.FlagSetting;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;

/**
 * Household flags as a person states them; a flag left out is not stated (left as it is). A
 * disability needs {@code disabled: true} with its kind and grade.
 */
public record FlagsRequest(Boolean registeredPoor, Boolean dibao, Boolean tekun, Boolean orphan, Boolean disabled,
        @Pattern(regexp = "VISUAL|HEARING|SPEECH|PHYSICAL|INTELLECTUAL|MENTAL|MULTIPLE",
                message = "must be VISUAL, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, MENTAL or MULTIPLE") String disabilityKind,
        @Min(1) @Max(4) Integer disabilityGrade, Boolean leftBehind, Boolean relocated) {

    List<FlagSetting> settings() {
        List<FlagSetting> settings = new ArrayList<>();
        add(settings, FlagName.REGISTERED_POOR, registeredPoor);
        add(settings, FlagName.DIBAO, dibao);
        add(settings, FlagName.TEKUN, tekun);
        add(settings, FlagName.ORPHAN, orphan);
        if (disabled != null) {
            settings.add(new FlagSetting(FlagName.DISABILITY, disabled, disabilityKind, disabilityGrade));
        }
        add(settings, FlagName.LEFT_BEHIND, leftBehind);
        add(settings, FlagName.RELOCATED, relocated);
        return settings;
    }

    private static void add(List<FlagSetting> settings, FlagName flag, Boolean value) {
        if (value != null) {
            settings.add(FlagSetting.of(flag, value));
        }
    }
}

package org.eduaid.subsidy.catalogue.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.subsidy.catalogue.application.ProgrammeRevision;
import org.eduaid.subsidy.catalogue.domain.AmountStandard;
import org.eduaid.subsidy.catalogue.domain.AmountUnit;
import org.eduaid.subsidy.catalogue.domain.EligibilityRule;
import org.eduaid.subsidy.catalogue.domain.FundingShares;
import org.eduaid.subsidy.catalogue.domain.HouseholdFlag;
import org.eduaid.subsidy.catalogue.domain.Locality;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.catalogue.domain.ProgrammeKind;
import org.eduaid.subsidy.catalogue.domain.Stage;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

/**
 * Bodies of the catalogue's commands. Amounts are in fen; dates ISO. A change names
 * {@code expectedVersion}, the version of the programme it was decided on: a later one is a 409.
 */
final class CatalogueRequests {

    private CatalogueRequests() {
    }

    /** {@code POST /programmes}. */
    record Definition(
            @NotBlank @Pattern(regexp = "[A-Z0-9_-]{2,40}", message = "must be 2 to 40 capital letters, digits, '-' or '_'") String code,
            @NotBlank @Size(max = 100) String name, @NotNull ProgrammeKind kind, @NotEmpty Set<@NotNull Stage> stages,
            @NotNull @Size(max = 20) List<@Valid @NotNull Rule> rules,
            @NotNull @Size(max = 200) List<@Valid @NotNull Standard> standards, @NotNull @Valid Shares shares,
            LocalDate validFrom, LocalDate validTo) {

        Programme toProgramme() {
            return new Programme(code, name.strip(), kind, stages, rulesOf(rules),
                    IntStream.range(0, standards.size()).mapToObj(i -> standards.get(i).toStandard("standards[" + i + "]"))
                            .toList(),
                    shares.toShares(), validFrom, validTo);
        }
    }

    /** {@code PUT /programmes/{code}}: everything but the code and the standards, replaced. */
    record Revision(@NotNull @PositiveOrZero Long expectedVersion, @NotBlank @Size(max = 100) String name,
            @NotNull ProgrammeKind kind, @NotEmpty Set<@NotNull Stage> stages,
            @NotNull @Size(max = 20) List<@Valid @NotNull Rule> rules, @NotNull @Valid Shares shares,
            LocalDate validFrom, LocalDate validTo) {

        ProgrammeRevision toRevision() {
            return new ProgrammeRevision(name.strip(), kind, stages, rulesOf(rules), shares.toShares(), validFrom, validTo);
        }
    }

    /** {@code POST /programmes/{code}/standards}: an amount from {@code validFrom} on. */
    record NewStandard(@NotNull @PositiveOrZero Long expectedVersion, Stage stage, Locality locality,
            @Pattern(regexp = "\\d{0,12}", message = "must be up to 12 digits of a region code") String regionPrefix,
            @NotNull @PositiveOrZero Long amountFen, @NotNull AmountUnit unit, @NotNull LocalDate validFrom,
            LocalDate validTo) {

        AmountStandard toStandard() {
            return new Standard(stage, locality, regionPrefix, amountFen, unit, validFrom, validTo).toStandard("standard");
        }
    }

    /** One rule: every condition given must hold; an absent or empty one means "any". */
    record Rule(@NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,40}", message = "must be 1 to 40 letters, digits, '-' or '_'") String code,
            @Size(max = 300) String description, Set<@NotNull HouseholdFlag> anyOfFlags,
            Set<@NotNull HouseholdFlag> allOfFlags, @Min(1) @Max(4) Integer maxDisabilityGrade,
            Set<@NotNull Stage> stages, Boolean boarding, @Size(max = 20) Set<@NotBlank @Size(max = 40) String> schoolKinds,
            Set<@NotNull Locality> localities,
            @Size(max = 50) Set<@NotNull @Pattern(regexp = "\\d{1,12}", message = "must be 1 to 12 digits of a region code") String> regionPrefixes) {

        EligibilityRule toRule() {
            return new EligibilityRule(code, description, anyOfFlags, allOfFlags, maxDisabilityGrade, stages, boarding,
                    schoolKinds, localities, regionPrefixes);
        }
    }

    record Standard(Stage stage, Locality locality,
            @Pattern(regexp = "\\d{0,12}", message = "must be up to 12 digits of a region code") String regionPrefix,
            @NotNull @PositiveOrZero Long amountFen, @NotNull AmountUnit unit, @NotNull LocalDate validFrom,
            LocalDate validTo) {

        AmountStandard toStandard(String field) {
            try {
                return new AmountStandard(stage, locality, regionPrefix, amountFen, unit, validFrom, validTo);
            } catch (IllegalArgumentException e) {
                throw InvalidRequestException.of(field, e.getMessage());
            }
        }
    }

    record Shares(@NotNull @Min(0) @Max(100) Integer centralPercent, @NotNull @Min(0) @Max(100) Integer provincialPercent,
            @NotNull @Min(0) @Max(100) Integer countyPercent) {

        FundingShares toShares() {
            try {
                return new FundingShares(centralPercent, provincialPercent, countyPercent);
            } catch (IllegalArgumentException e) {
                throw InvalidRequestException.of("shares", e.getMessage());
            }
        }
    }

    private static List<EligibilityRule> rulesOf(List<Rule> rules) {
        return IntStream.range(0, rules.size()).mapToObj(i -> {
            try {
                return rules.get(i).toRule();
            } catch (IllegalArgumentException e) {
                throw InvalidRequestException.of("rules[" + i + "]", e.getMessage());
            }
        }).toList();
    }
}

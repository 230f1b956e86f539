package org.eduaid.subsidy.catalogue.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.eduaid.contracts.subsidy.AidProgrammeDefined;
import org.eduaid.kit.domain.ResultWithEvents;

/**
 * A programme of the catalogue as an aggregate: each change raises {@link AidProgrammeDefined} with
 * the whole programme as it then stands, so readers never need an older event to understand a newer one.
 *
 * @param changedAt when it was last defined or changed
 */
public record AidProgramme(Programme programme, Instant changedAt) {

    public AidProgramme {
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(changedAt, "changedAt");
    }

    public static ResultWithEvents<AidProgramme> define(Programme programme, Instant at) {
        AidProgramme defined = new AidProgramme(programme, at);
        return ResultWithEvents.of(defined, defined.event());
    }

    public String code() {
        return programme.code();
    }

    /** Replaces what a programme is and who qualifies; its standards (and so every amount) stay. */
    public ResultWithEvents<AidProgramme> revise(String name, ProgrammeKind kind, Set<Stage> stages,
            List<EligibilityRule> rules, FundingShares shares, LocalDate validFrom, LocalDate validTo, Instant at) {
        Programme revised = new Programme(programme.code(), name, kind, stages, rules, programme.standards(), shares,
                validFrom, validTo);
        return changedTo(revised, at);
    }

    /**
     * A new amount from its {@code validFrom} on. The standard it replaces (same stage, locality and
     * region, in force that day) now ends the day before; amounts of terms that began earlier, and so
     * payments already made, keep the old standard. A standard cannot replace one that starts on or
     * after its own first day: that would rewrite a decision already taken, so it is refused.
     */
    public ResultWithEvents<AidProgramme> addStandard(AmountStandard standard, Instant at) {
        if (standard.stage() != null && !programme.stages().contains(standard.stage())) {
            throw new CatalogueChangeException("Programme " + code() + " does not cover the stage " + standard.stage()
                    + "; its stages are " + sorted(programme.stages()) + ".");
        }
        List<AmountStandard> standards = new ArrayList<>();
        for (AmountStandard existing : programme.standards()) {
            if (!sameSlot(existing, standard)) {
                standards.add(existing);
            } else if (!existing.validFrom().isBefore(standard.validFrom())) {
                throw new CatalogueChangeException("A standard for the same stage, locality and region already starts on "
                        + existing.validFrom() + "; a new standard must start after the one it replaces.");
            } else if (existing.validOn(standard.validFrom())) {
                standards.add(new AmountStandard(existing.stage(), existing.locality(), existing.regionPrefix(),
                        existing.amountFen(), existing.unit(), existing.validFrom(), standard.validFrom().minusDays(1)));
            } else {
                standards.add(existing);
            }
        }
        standards.add(standard);
        standards.sort(STANDARD_ORDER);
        Programme changed = new Programme(programme.code(), programme.name(), programme.kind(), programme.stages(),
                programme.rules(), standards, programme.shares(), programme.validFrom(), programme.validTo());
        return changedTo(changed, at);
    }

    /** Stored and listed in a stable order: region, stage, locality, then date. */
    static final Comparator<AmountStandard> STANDARD_ORDER = Comparator
            .comparing(AmountStandard::regionPrefix)
            .thenComparing(s -> s.stage() == null ? "" : s.stage().name())
            .thenComparing(s -> s.locality() == null ? "" : s.locality().name())
            .thenComparing(AmountStandard::validFrom);

    private ResultWithEvents<AidProgramme> changedTo(Programme changed, Instant at) {
        AidProgramme next = new AidProgramme(changed, at);
        return ResultWithEvents.of(next, next.event());
    }

    private static boolean sameSlot(AmountStandard a, AmountStandard b) {
        return a.stage() == b.stage() && a.locality() == b.locality() && a.regionPrefix().equals(b.regionPrefix());
    }

    private static String sorted(Set<Stage> stages) {
        return stages.stream().sorted().map(Enum::name).toList().toString();
    }

    AidProgrammeDefined event() {
        return new AidProgrammeDefined(programme.code(), programme.name(), programme.kind().name(),
                programme.stages().stream().sorted().map(Enum::name).toList(),
                programme.standards().stream().sorted(STANDARD_ORDER).map(AidProgramme::standardOf).toList(),
                programme.shares().centralPercent(), programme.shares().provincialPercent(),
                programme.shares().countyPercent(), dateOf(programme.validFrom()), dateOf(programme.validTo()),
                changedAt);
    }

    private static AidProgrammeDefined.Standard standardOf(AmountStandard standard) {
        return new AidProgrammeDefined.Standard(standard.stage() == null ? null : standard.stage().name(),
                standard.locality() == null ? null : standard.locality().name(), standard.regionPrefix(),
                standard.amountFen(), standard.unit().name(), dateOf(standard.validFrom()), dateOf(standard.validTo()));
    }

    private static String dateOf(LocalDate date) {
        return date == null ? null : date.toString();
    }
}

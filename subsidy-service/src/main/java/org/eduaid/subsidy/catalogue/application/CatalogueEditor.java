package org.eduaid.subsidy.catalogue.application;

import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;

import org.eduaid.contracts.identity.Role;
import org.eduaid.kit.audit.Audit;
import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContexts;
import org.eduaid.kit.outbox.AggregateAlreadyExistsException;
import org.eduaid.kit.outbox.StaleAggregateException;
import org.eduaid.kit.security.Access;
import org.eduaid.kit.security.Caller;
import org.eduaid.kit.web.ConflictException;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.kit.web.ResourceNotFoundException;
import org.eduaid.subsidy.catalogue.domain.AidProgramme;
import org.eduaid.subsidy.catalogue.domain.AmountStandard;
import org.eduaid.subsidy.catalogue.domain.CatalogueChangeException;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.eligibility.application.EligibilityReevaluation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/**
 * The catalogue's commands: define a programme, replace what it is and who qualifies, add a standard
 * from a date. Province officers edit it with standards inside their province; the platform admin
 * anywhere. Every change is stored with its event, read back into this replica's cached catalogue,
 * and then every student is re-evaluated against it.
 */
@Service
public class CatalogueEditor {

    private static final Logger log = LoggerFactory.getLogger(CatalogueEditor.class);
    private static final String EDIT = "edit the aid catalogue";

    private final AidProgrammeRepository programmes;
    private final CachedCatalogue catalogue;
    private final EligibilityReevaluation reevaluation;
    private final TraceContexts traces;
    private final Clock clock;

    public CatalogueEditor(AidProgrammeRepository programmes, CachedCatalogue catalogue,
            EligibilityReevaluation reevaluation, TraceContexts traces, Clock clock) {
        this.programmes = programmes;
        this.catalogue = catalogue;
        this.reevaluation = reevaluation;
        this.traces = traces;
        this.clock = clock;
    }

    public Mono<ProgrammeChange> define(Supplier<Programme> draft) {
        return Access.permit(EDIT, Role.PROVINCE_OFFICER, Role.PLATFORM_ADMIN).flatMap(caller -> {
            Programme programme = valid("programme", draft);
            checkRegions(caller, programme.standards());
            ResultWithEvents<AidProgramme> defined = AidProgramme.define(programme, clock.instant());
            return Audit.action("catalogue.programme.define")
                    .then(Audit.touched(recordId(programme.code())))
                    .then(traces.current())
                    .flatMap(trace -> programmes.add(defined, trace))
                    .onErrorMap(AggregateAlreadyExistsException.class,
                            e -> new ConflictException("A programme with the code " + programme.code() + " exists; "
                                    + "change it with PUT /api/subsidies/catalogue/programmes/" + programme.code() + "."))
                    .flatMap(version -> changed(new VersionedProgramme(defined.aggregate(), version),
                            "programme " + programme.code() + " defined"));
        });
    }

    public Mono<ProgrammeChange> revise(String code, long expectedVersion, Supplier<ProgrammeRevision> revision) {
        return change(code, expectedVersion, "catalogue.programme.revise", "programme " + code + " revised",
                (caller, current) -> {
                    ProgrammeRevision r = valid("programme", revision);
                    return valid("programme", () -> current.revise(r.name(), r.kind(), r.stages(), r.rules(),
                            r.shares(), r.validFrom(), r.validTo(), clock.instant()));
                });
    }

    public Mono<ProgrammeChange> addStandard(String code, long expectedVersion, Supplier<AmountStandard> standard) {
        return change(code, expectedVersion, "catalogue.standard.add", "standard of programme " + code + " added",
                (caller, current) -> {
                    AmountStandard added = valid("standard", standard);
                    checkRegions(caller, List.of(added));
                    return current.addStandard(added, clock.instant());
                });
    }

    /**
     * Inserts the programmes of the default catalogue that are absent, never touching one that is
     * there (edited or not); answers how many were inserted.
     */
    public Mono<Integer> installDefaults() {
        List<ResultWithEvents<AidProgramme>> defaults = DefaultCatalogue.programmes().stream()
                .map(programme -> AidProgramme.define(programme, clock.instant())).toList();
        return traces.current()
                .flatMap(trace -> programmes.addAbsent(defaults, trace))
                .map(existing -> defaults.size() - existing.size())
                .flatMap(inserted -> inserted == 0 ? Mono.just(0)
                        : catalogue.refresh()
                                .then(reevaluate("default catalogue: " + inserted + " programmes installed"))
                                .thenReturn(inserted));
    }

    private Mono<ProgrammeChange> change(String code, long expectedVersion, String action, String reason,
            ChangeOf change) {
        return Access.permit(EDIT, Role.PROVINCE_OFFICER, Role.PLATFORM_ADMIN).flatMap(caller -> programmes.find(code)
                .switchIfEmpty(Mono.error(() -> new ResourceNotFoundException("programme " + code)))
                .flatMap(found -> {
                    if (found.version() != expectedVersion) {
                        return Mono.error(new StaleAggregateException("aid_programmes", code, expectedVersion));
                    }
                    ResultWithEvents<AidProgramme> changed;
                    try {
                        changed = change.apply(caller, found.aidProgramme());
                    } catch (CatalogueChangeException e) {
                        return Mono.error(new ConflictException(e.getMessage()));
                    }
                    return Audit.action(action)
                            .then(Audit.touched(recordId(code)))
                            .then(traces.current())
                            .flatMap(trace -> programmes.update(changed, expectedVersion, trace))
                            .flatMap(version -> changed(new VersionedProgramme(changed.aggregate(), version), reason));
                }));
    }

    private Mono<ProgrammeChange> changed(VersionedProgramme stored, String reason) {
        return catalogue.refresh()
                .onErrorResume(failure -> {
                    log.warn("Could not reload the catalogue after a change; it reloads within its refresh period", failure);
                    return Mono.empty();
                })
                .then(reevaluate(reason))
                .map(id -> new ProgrammeChange(stored, id))
                .defaultIfEmpty(new ProgrammeChange(stored, null));
    }

    private Mono<String> reevaluate(String reason) {
        return reevaluation.reevaluateAll(reason)
                .onErrorResume(failure -> {
                    log.error("The catalogue changed ({}) but re-evaluating the students could not be started; "
                            + "start it again with POST /api/subsidies/eligibility/reevaluations", reason, failure);
                    return Mono.empty();
                });
    }

    /** A province officer sets amounts for their own province only; the platform admin anywhere. */
    private static void checkRegions(Caller caller, List<AmountStandard> standards) {
        if (caller.role() != Role.PROVINCE_OFFICER) {
            return;
        }
        for (AmountStandard standard : standards) {
            if (!caller.canSeeRegion(standard.regionPrefix())) {
                throw InvalidRequestException.of("regionPrefix", "must lie within your province ("
                        + caller.scope().prefix() + "): a standard for "
                        + (standard.regionPrefix().isEmpty() ? "the whole country" : "region " + standard.regionPrefix())
                        + " is the platform's to set");
            }
        }
    }

    /** Builds a domain value from the request; a rule it breaks is the client's error (400). */
    private static <T> T valid(String field, Supplier<T> build) {
        try {
            return build.get();
        } catch (InvalidRequestException e) {
            throw e;
        } catch (IllegalArgumentException e) {
            throw InvalidRequestException.of(field, e.getMessage());
        }
    }

    static String recordId(String code) {
        return "aid-programme:" + code;
    }

    @FunctionalInterface
    private interface ChangeOf {
        ResultWithEvents<AidProgramme> apply(Caller caller, AidProgramme current);
    }
}

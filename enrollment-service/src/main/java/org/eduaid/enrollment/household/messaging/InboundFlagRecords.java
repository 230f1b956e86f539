package org.eduaid.enrollment.household.messaging;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.eduaid.contracts.inbound.AssistanceStatusChanged;
import org.eduaid.contracts.inbound.DisabilityCertificateChanged;
import org.eduaid.contracts.inbound.PovertyStatusChanged;
import org.eduaid.enrollment.household.domain.DisabilityKind;
import org.eduaid.enrollment.household.domain.FlagSource;
import org.eduaid.enrollment.household.domain.FlagStatement;
import org.eduaid.enrollment.household.domain.HouseholdFlag;
import org.eduaid.kit.consumer.InvalidEventException;
import org.eduaid.kit.privacy.InvalidResidentIdNumberException;
import org.eduaid.kit.privacy.ResidentIdNumber;

/**
 * Reads the three agencies' payloads into {@link FlagStatement}s, holding each to its contract. A
 * payload that breaks it is an {@link InvalidEventException}: dead-lettered at once with a reason
 * that names the field. The reason never repeats a value that could be personal data (the ID number,
 * the name, or whatever an agency put in the wrong field): only code-shaped values are quoted.
 */
public final class InboundFlagRecords {

    /** Agencies date a change by their own calendar day; a day's grace absorbs clocks and time zones. */
    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");
    private static final int FUTURE_DAYS_ALLOWED = 1;

    private final Predicate<String> isCounty;
    private final Clock clock;

    /** @param isCounty whether a code is a county of the national division list */
    public InboundFlagRecords(Predicate<String> isCounty, Clock clock) {
        this.isCounty = isCounty;
        this.clock = clock;
    }

    /** 建档立卡: REGISTERED and LIFTED_OUT (脱贫, whose transition period keeps the policies) hold; REMOVED ends it. */
    public FlagStatement poverty(PovertyStatusChanged record) {
        Fields fields = new Fields("PovertyStatusChanged");
        ResidentIdNumber id = fields.idNumber(record.idNumber());
        String county = fields.county(record.countyCode());
        PovertyStatus status = fields.oneOf("status", record.status(), PovertyStatus.class);
        LocalDate effectiveOn = fields.effectiveOn(record.effectiveOn());
        return new FlagStatement(id, county, HouseholdFlag.REGISTERED_POOR, FlagSource.POVERTY_REGISTRY,
                status != PovertyStatus.REMOVED, null, null, effectiveOn);
    }

    /** 低保, 特困, orphans: GRANTED turns the flag on, ENDED off. */
    public FlagStatement assistance(AssistanceStatusChanged record) {
        Fields fields = new Fields("AssistanceStatusChanged");
        ResidentIdNumber id = fields.idNumber(record.idNumber());
        String county = fields.county(record.countyCode());
        Assistance assistance = fields.oneOf("assistance", record.assistance(), Assistance.class);
        AssistanceStatus status = fields.oneOf("status", record.status(), AssistanceStatus.class);
        LocalDate effectiveOn = fields.effectiveOn(record.effectiveOn());
        return new FlagStatement(id, county, assistance.flag, FlagSource.CIVIL_AFFAIRS,
                status == AssistanceStatus.GRANTED, null, null, effectiveOn);
    }

    /**
     * 残疾人证: ISSUED (also a changed certificate) holds with its kind and grade; REVOKED ends it. A
     * revocation need not repeat kind and grade, but what it does say must still make sense.
     */
    public FlagStatement disability(DisabilityCertificateChanged record) {
        Fields fields = new Fields("DisabilityCertificateChanged");
        ResidentIdNumber id = fields.idNumber(record.idNumber());
        String county = fields.county(record.countyCode());
        CertificateStatus status = fields.oneOf("status", record.status(), CertificateStatus.class);
        LocalDate effectiveOn = fields.effectiveOn(record.effectiveOn());
        boolean issued = status == CertificateStatus.ISSUED;
        DisabilityKind kind = issued || record.kind() != null ? fields.oneOf("kind", record.kind(), DisabilityKind.class)
                : null;
        boolean gradeGiven = record.grade() != 0;
        if ((issued || gradeGiven) && (record.grade() < 1 || record.grade() > 4)) {
            throw fields.invalid("grade", gradeGiven ? "must be 1 to 4, not " + record.grade() : "is missing");
        }
        return issued ? new FlagStatement(id, county, HouseholdFlag.DISABILITY, FlagSource.DISABILITY_FEDERATION,
                true, kind, record.grade(), effectiveOn)
                : new FlagStatement(id, county, HouseholdFlag.DISABILITY, FlagSource.DISABILITY_FEDERATION,
                        false, null, null, effectiveOn);
    }

    enum PovertyStatus {
        REGISTERED, LIFTED_OUT, REMOVED
    }

    enum Assistance {
        DIBAO(HouseholdFlag.DIBAO), TEKUN(HouseholdFlag.TEKUN), ORPHAN(HouseholdFlag.ORPHAN);

        final HouseholdFlag flag;

        Assistance(HouseholdFlag flag) {
            this.flag = flag;
        }
    }

    enum AssistanceStatus {
        GRANTED, ENDED
    }

    enum CertificateStatus {
        ISSUED, REVOKED
    }

    /** The checks of one payload type, naming its fields in every reason. */
    private final class Fields {

        private final String type;

        Fields(String type) {
            this.type = type;
        }

        ResidentIdNumber idNumber(String value) {
            if (value == null || value.isBlank()) {
                throw invalid("idNumber", "is missing");
            }
            try {
                return ResidentIdNumber.parse(value, clock);
            } catch (InvalidResidentIdNumberException e) {
                // the exception's message names the rule, never the number
                throw invalid("idNumber", e.reason().message());
            }
        }

        String county(String value) {
            if (value == null || value.isBlank()) {
                throw invalid("countyCode", "is missing");
            }
            if (!isCounty.test(value)) {
                throw invalid("countyCode", shown(value) + "is not a county of the national division list");
            }
            return value;
        }

        <E extends Enum<E>> E oneOf(String field, String value, Class<E> values) {
            String allowed = Arrays.stream(values.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
            if (value == null || value.isBlank()) {
                throw invalid(field, "is missing; one of " + allowed);
            }
            for (E candidate : values.getEnumConstants()) {
                if (candidate.name().equals(value)) {
                    return candidate;
                }
            }
            throw invalid(field, shown(value) + "is none of " + allowed);
        }

        LocalDate effectiveOn(String value) {
            if (value == null || value.isBlank()) {
                throw invalid("effectiveOn", "is missing");
            }
            LocalDate date;
            try {
                date = LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                throw invalid("effectiveOn", "is not an ISO date (yyyy-MM-dd)");
            }
            LocalDate latest = LocalDate.ofInstant(clock.instant(), CHINA).plusDays(FUTURE_DAYS_ALLOWED);
            if (date.isAfter(latest)) {
                throw invalid("effectiveOn", date + " is more than a day in the future");
            }
            return date;
        }

        InvalidEventException invalid(String field, String problem) {
            return new InvalidEventException(type + "." + field + " " + problem);
        }

        /**
         * A value worth quoting back to the agency: a code (upper-case word or 6 digits), which cannot be
         * a name or an ID number; anything else is left out of the reason.
         */
        private String shown(String value) {
            String trimmed = value.strip();
            boolean codeShaped = trimmed.length() <= 32 && (trimmed.matches("[A-Z][A-Z_]*") || trimmed.matches("\\d{6}"));
            return codeShaped ? "'" + trimmed + "' " : "(value not repeated) ";
        }
    }
}

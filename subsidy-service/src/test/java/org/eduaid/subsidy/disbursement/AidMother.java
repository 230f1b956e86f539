package org.eduaid.subsidy.disbursement;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import org.eduaid.subsidy.catalogue.domain.AmountStandard;
import org.eduaid.subsidy.catalogue.domain.AmountUnit;
import org.eduaid.subsidy.catalogue.domain.FundingShares;
import org.eduaid.subsidy.catalogue.domain.HouseholdFlag;
import org.eduaid.subsidy.catalogue.domain.Locality;
import org.eduaid.subsidy.catalogue.domain.Programme;
import org.eduaid.subsidy.catalogue.domain.ProgrammeKind;
import org.eduaid.subsidy.catalogue.domain.Stage;
import org.eduaid.subsidy.catalogue.domain.StudentFacts;

/** Programmes and students for disbursement tests, with fresh codes and ids each time. */
public final class AidMother {

    public static final String LINXI = "150424";
    public static final String KESHIKETENG = "150425";
    /** 1,000.01 yuan a year: odd, so the autumn/spring split and the funding shares are exercised exactly. */
    public static final long YEARLY_FEN = 100_001;

    private AidMother() {
    }

    public static String freshProgrammeCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    public static String freshStudentId() {
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
        StringBuilder id = new StringBuilder("p-");
        for (int i = 0; i < 26; i++) {
            id.append(alphabet.charAt(ThreadLocalRandom.current().nextInt(alphabet.length())));
        }
        return id.toString();
    }

    /** A yearly grant for primary and junior students, 80 % central, 10 % provincial, 10 % county. */
    public static Programme yearlyGrant(String code) {
        return new Programme(code, "测试助学金", ProgrammeKind.GRANT, Set.of(Stage.PRIMARY, Stage.JUNIOR_SECONDARY),
                List.of(), List.of(new AmountStandard(null, null, "", YEARLY_FEN, AmountUnit.YEAR,
                        LocalDate.of(2020, 1, 1), null)),
                new FundingShares(80, 10, 10), null, null);
    }

    /** Nutrition improvement: 5 yuan per school day, rural compulsory students. */
    public static Programme nutrition(String code) {
        return new Programme(code, "营养改善", ProgrammeKind.NUTRITION, Set.of(Stage.PRIMARY, Stage.JUNIOR_SECONDARY),
                List.of(), List.of(new AmountStandard(null, Locality.RURAL, "", 500, AmountUnit.SCHOOL_DAY,
                        LocalDate.of(2020, 1, 1), null)),
                new FundingShares(100, 0, 0), null, null);
    }

    public static StudentFacts enrolledIn(String studentId, String countyCode) {
        return new StudentFacts(studentId, countyCode, Set.of(HouseholdFlag.REGISTERED_POOR), null,
                new StudentFacts.Enrolment(countyCode.substring(0, 6) + "0001", countyCode, Stage.PRIMARY, 3, false,
                        "PRIMARY", Locality.RURAL, StudentFacts.EnrolmentStatus.ACTIVE));
    }

    public static StudentFacts withdrawn(String studentId, String householdCounty) {
        return new StudentFacts(studentId, householdCounty, Set.of(HouseholdFlag.REGISTERED_POOR), null, null);
    }
}

package org.eduaid.subsidy.disbursement.domain;

import java.util.List;
import java.util.Objects;

/**
 * What a payment is for, fixed when its batch is sealed: a later standard change or a move never
 * rewrites it.
 *
 * @param countyCode the county whose batch pays
 * @param flags the household flags that stood at sealing, sorted
 */
public record PaymentFacts(String studentId, String programmeCode, String programmeKind, String term,
        String countyCode, String schoolCode, String stage, String locality, List<String> flags, Amount amount) {

    public PaymentFacts {
        Objects.requireNonNull(studentId, "studentId");
        Objects.requireNonNull(programmeCode, "programmeCode");
        Objects.requireNonNull(term, "term");
        Objects.requireNonNull(countyCode, "countyCode");
        Objects.requireNonNull(amount, "amount");
        flags = flags == null ? List.of() : flags.stream().sorted().toList();
    }

    public String paymentId() {
        return studentId + "~" + programmeCode + "~" + term;
    }
}

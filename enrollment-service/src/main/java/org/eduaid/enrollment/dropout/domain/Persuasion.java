package org.eduaid.enrollment.dropout.domain;

import java.time.LocalDate;

/**
 * Persuasion under dual responsibility (双线责任): one official of the government line and one of
 * the education line, two different people, and the day the child should be back by.
 */
public record Persuasion(String governmentOfficial, String educationOfficial, LocalDate deadline) {

    public Persuasion {
        governmentOfficial = InvalidCaseDataException.text(governmentOfficial, "governmentOfficial", 50);
        educationOfficial = InvalidCaseDataException.text(educationOfficial, "educationOfficial", 50);
        InvalidCaseDataException.require(!governmentOfficial.equals(educationOfficial), "educationOfficial",
                "must be another person than the government-line official");
        InvalidCaseDataException.require(deadline != null, "deadline", "is required");
    }

    public boolean overdueOn(LocalDate today) {
        return deadline.isBefore(today);
    }
}

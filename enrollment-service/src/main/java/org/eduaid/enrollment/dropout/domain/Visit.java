package org.eduaid.enrollment.dropout.domain;

import java.time.LocalDate;
import java.util.List;

/**
 * A household visit: when, by whom (names are personal data: stored encrypted, never in events),
 * and, for the verifying visit, what it found; later visits during persuasion have no finding.
 */
public record Visit(LocalDate visitedOn, List<String> visitors, Finding finding, String note) {

    static final int MAX_VISITORS = 10;

    public Visit {
        InvalidCaseDataException.require(visitedOn != null, "visitedOn", "is required");
        InvalidCaseDataException.require(visitors != null && !visitors.isEmpty(), "visitors", "names at least one visitor");
        InvalidCaseDataException.require(visitors.size() <= MAX_VISITORS, "visitors", "names at most " + MAX_VISITORS);
        visitors = visitors.stream().map(name -> InvalidCaseDataException.text(name, "visitors", 50)).toList();
        InvalidCaseDataException.require(visitors.stream().distinct().count() == visitors.size(), "visitors",
                "names each visitor once");
        note = note == null || note.isBlank() ? null : InvalidCaseDataException.text(note, "note", 500);
    }

    void requireNotAfter(LocalDate today) {
        InvalidCaseDataException.require(!visitedOn.isAfter(today), "visitedOn", "must not be in the future");
    }
}

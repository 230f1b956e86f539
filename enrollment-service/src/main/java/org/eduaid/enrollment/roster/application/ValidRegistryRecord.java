package org.eduaid.enrollment.roster.application;

import java.util.Objects;

import org.eduaid.enrollment.roster.domain.RegistryRecord;
import org.eduaid.kit.privacy.ResidentIdNumber;

/** A population-registry record whose payload passed validation: about whom, and what it says. */
public record ValidRegistryRecord(ResidentIdNumber idNumber, RegistryRecord record) {

    public ValidRegistryRecord {
        Objects.requireNonNull(idNumber, "idNumber");
        Objects.requireNonNull(record, "record");
    }
}

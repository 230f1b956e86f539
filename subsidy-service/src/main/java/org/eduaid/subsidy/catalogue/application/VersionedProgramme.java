package org.eduaid.subsidy.catalogue.application;

import org.eduaid.subsidy.catalogue.domain.AidProgramme;

/** A programme as stored, with the version a change must name (optimistic concurrency). */
public record VersionedProgramme(AidProgramme aidProgramme, long version) {
}

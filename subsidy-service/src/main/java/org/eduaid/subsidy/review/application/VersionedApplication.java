package org.eduaid.subsidy.review.application;

import org.eduaid.subsidy.review.domain.AidApplication;

/** An application as stored, with the version a change must name. */
public record VersionedApplication(AidApplication application, long version) {
}

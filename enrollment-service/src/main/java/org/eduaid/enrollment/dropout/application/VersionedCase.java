package org.eduaid.enrollment.dropout.application;

import org.eduaid.enrollment.dropout.domain.DropoutCase;

/** A case as stored, with the version a command must name to change it (optimistic concurrency). */
public record VersionedCase(DropoutCase dropoutCase, long version) {
}

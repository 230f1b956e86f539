package org.eduaid.subsidy.notice.application;

import org.eduaid.subsidy.notice.domain.AidNotice;

/** A notice as stored, with the version a change must name. */
public record VersionedNotice(AidNotice notice, long version) {
}

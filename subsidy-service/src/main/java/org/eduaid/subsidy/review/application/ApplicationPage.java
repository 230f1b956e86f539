package org.eduaid.subsidy.review.application;

import java.util.List;

/** One page of a list of applications, with how many there are in all. */
public record ApplicationPage(List<VersionedApplication> applications, long total, int page, int size) {
}

package org.eduaid.subsidy.eligibility.application;

import java.util.List;

/** One page of a list and the number of matches in all. */
public record Page<T>(List<T> items, int page, int size, long total) {
}

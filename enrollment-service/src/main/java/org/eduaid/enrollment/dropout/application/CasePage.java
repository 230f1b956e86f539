package org.eduaid.enrollment.dropout.application;

import java.util.List;

/** One page of cases and how many match in all. */
public record CasePage(List<CaseRow> rows, long total, int page, int size) {
}

package org.eduaid.enrollment.importing.application;

import java.util.List;

import org.eduaid.enrollment.importing.domain.RowError;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** The rejected rows of each import ({@code import_rows}): only rejected rows are kept, written in bulk. */
public interface ImportErrors {

    Mono<Void> addAll(String importId, List<RowError> errors);

    /** In row order. */
    Flux<RowError> of(String importId);
}

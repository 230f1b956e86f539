package org.eduaid.subsidy.notice.application;

import java.util.Set;

import org.eduaid.kit.domain.ResultWithEvents;
import org.eduaid.kit.events.TraceContext;
import org.eduaid.subsidy.notice.domain.AidNotice;
import org.eduaid.subsidy.notice.domain.NoticeState;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** Where notices are kept, each with its pending events (collection {@code aid_notices}). */
public interface NoticeRepository {

    Mono<VersionedNotice> find(String noticeId);

    Mono<Long> add(ResultWithEvents<AidNotice> prepared, TraceContext trace);

    Mono<Long> update(ResultWithEvents<AidNotice> changed, long expectedVersion, TraceContext trace);

    /** Every notice in these states: the closing job's work (notices are few, a county's handful a year). */
    Flux<VersionedNotice> inStates(Set<NoticeState> states);
}

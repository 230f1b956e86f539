package org.eduaid.teacher.allowance.application;

import java.util.List;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code allowance_payrolls}: what each county's payroll of a month came to. */
public interface PayrollRepository {

    Mono<Void> saveAll(List<PayrollRecord> payrolls);

    Mono<PayrollRecord> find(String payrollId);

    Flux<PayrollRecord> inRegion(String regionPrefix, String month);
}

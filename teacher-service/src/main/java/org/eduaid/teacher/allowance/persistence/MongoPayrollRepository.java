package org.eduaid.teacher.allowance.persistence;

import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.bson.Document;
import org.eduaid.teacher.allowance.application.PayrollRecord;
import org.eduaid.teacher.allowance.application.PayrollRepository;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOneModel;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * {@code allowance_payrolls}: a summary each run rewrites. It carries no events: the payments do, and
 * a lost summary is rebuilt by running the payroll again.
 */
@Repository
class MongoPayrollRepository implements PayrollRepository {

    private final MongoCollection<Document> collection;

    MongoPayrollRepository(@Qualifier("allowancePayrollCollection") MongoCollection<Document> collection) {
        this.collection = collection;
    }

    @Override
    public Mono<Void> saveAll(List<PayrollRecord> payrolls) {
        if (payrolls.isEmpty()) {
            return Mono.empty();
        }
        return Mono.from(collection.bulkWrite(payrolls.stream().map(payroll -> new ReplaceOneModel<>(
                Filters.eq("_id", payroll.payrollId()), toDocument(payroll), new ReplaceOptions().upsert(true))).toList()))
                .then();
    }

    @Override
    public Mono<PayrollRecord> find(String payrollId) {
        return Mono.from(collection.find(Filters.eq("_id", payrollId)).first()).map(MongoPayrollRepository::fromDocument);
    }

    @Override
    public Flux<PayrollRecord> inRegion(String regionPrefix, String month) {
        return Flux.from(collection.find(Filters.eq("month", month)))
                .map(MongoPayrollRepository::fromDocument)
                .filter(payroll -> payroll.countyCode().startsWith(regionPrefix));
    }

    private static Document toDocument(PayrollRecord payroll) {
        return new Document("_id", payroll.payrollId())
                .append("countyCode", payroll.countyCode())
                .append("month", payroll.month())
                .append("teachers", payroll.teachers())
                .append("approved", payroll.approved())
                .append("paidBefore", payroll.paidBefore())
                .append("totalFen", payroll.totalFen())
                .append("teachersByTier", new Document(new LinkedHashMap<>(payroll.teachersByTier())))
                .append("lastRunAt", Date.from(payroll.lastRunAt()));
    }

    private static PayrollRecord fromDocument(Document document) {
        Map<String, Integer> byTier = new LinkedHashMap<>();
        document.get("teachersByTier", Document.class).forEach((tier, count) -> byTier.put(tier, ((Number) count).intValue()));
        return new PayrollRecord(document.getString("_id"), document.getString("countyCode"), document.getString("month"),
                document.getInteger("teachers"), document.getInteger("approved"), document.getInteger("paidBefore"),
                document.getLong("totalFen"), byTier, document.getDate("lastRunAt").toInstant());
    }
}

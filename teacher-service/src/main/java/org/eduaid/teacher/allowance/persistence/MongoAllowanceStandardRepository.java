package org.eduaid.teacher.allowance.persistence;

import java.time.YearMonth;
import java.util.Map;

import org.bson.Document;
import org.eduaid.teacher.allowance.application.AllowanceStandardRepository;
import org.eduaid.teacher.allowance.domain.AllowanceStandard;
import org.eduaid.teacher.allowance.domain.AllowanceTier;
import org.eduaid.teacher.allowance.domain.MonthlyRate;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Repository;

import com.mongodb.client.model.Filters;
import com.mongodb.client.model.ReplaceOptions;
import com.mongodb.reactivestreams.client.MongoCollection;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/** {@code allowance_standards} and {@code allowance_school_tiers}: settings, a few hundred documents in all. */
@Repository
class MongoAllowanceStandardRepository implements AllowanceStandardRepository {

    private final MongoCollection<Document> standards;
    private final MongoCollection<Document> tiers;

    MongoAllowanceStandardRepository(@Qualifier("allowanceStandardCollection") MongoCollection<Document> standards,
            @Qualifier("allowanceSchoolTierCollection") MongoCollection<Document> tiers) {
        this.standards = standards;
        this.tiers = tiers;
    }

    @Override
    public Flux<AllowanceStandard> standards() {
        return Flux.from(standards.find()).map(document -> new AllowanceStandard(document.getString("_id"),
                document.getList("rates", Document.class).stream().map(rate -> new MonthlyRate(
                        AllowanceTier.valueOf(rate.getString("tier")), rate.getLong("fen"),
                        YearMonth.parse(rate.getString("from")))).toList()));
    }

    @Override
    public Mono<Void> save(AllowanceStandard standard) {
        Document document = new Document("_id", standard.provinceCode()).append("rates", standard.rates().stream()
                .map(rate -> new Document("tier", rate.tier().name()).append("fen", rate.fen())
                        .append("from", rate.from().toString())).toList());
        return Mono.from(standards.replaceOne(Filters.eq("_id", standard.provinceCode()), document,
                new ReplaceOptions().upsert(true))).then();
    }

    @Override
    public Mono<Map<String, String>> schoolTiers() {
        return Flux.from(tiers.find()).collectMap(document -> document.getString("_id"), document -> document.getString("tier"));
    }

    @Override
    public Mono<Void> setSchoolTier(String schoolCode, String tier) {
        return Mono.from(tiers.replaceOne(Filters.eq("_id", schoolCode), new Document("_id", schoolCode).append("tier", tier),
                new ReplaceOptions().upsert(true))).then();
    }
}

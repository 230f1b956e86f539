package org.eduaid.reporting.school.application;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.eduaid.kit.regions.Region;
import org.eduaid.kit.regions.RegionDirectory;
import org.eduaid.kit.regions.RegionLevel;
import org.eduaid.kit.web.InvalidRequestException;
import org.eduaid.reporting.freshness.Freshness;
import org.eduaid.reporting.freshness.FreshnessReader;
import org.eduaid.reporting.school.messaging.SchoolFigureProjection;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.aggregation.Aggregation;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.stereotype.Service;

import reactor.core.publisher.Mono;

/** Counts schools for any province, city or county, from the projection alone. */
@Service
public class SchoolFigures {

    private final ReactiveMongoTemplate mongo;
    private final RegionDirectory regions;
    private final FreshnessReader freshness;

    public SchoolFigures(ReactiveMongoTemplate mongo, RegionDirectory regions, FreshnessReader freshness) {
        this.mongo = mongo;
        this.regions = regions;
        this.freshness = freshness;
    }

    public Mono<SchoolCounts> countsFor(String regionCode) {
        Region region = regions.find(regionCode).filter(r -> r.level() != RegionLevel.TOWNSHIP)
                .orElseThrow(() -> InvalidRequestException.of("region", "is not a province, city or county code"));
        String field = fieldOf(region.level());
        Mono<List<Document>> groups = mongo.aggregate(Aggregation.newAggregation(
                        Aggregation.match(Criteria.where(field).is(region.code())),
                        Aggregation.group("kind", "locality", childField(region.level())).count().as("schools")),
                SchoolFigureProjection.COLLECTION, Document.class).collectList();
        return Mono.zip(groups, freshness.current())
                .map(result -> summarise(region, result.getT1(), result.getT2()));
    }

    private SchoolCounts summarise(Region region, List<Document> groups, Freshness fresh) {
        Map<String, Long> byKind = new TreeMap<>();
        Map<String, Long> byLocality = new TreeMap<>();
        Map<String, Long> byChild = new TreeMap<>();
        long total = 0;
        String child = childField(region.level());
        for (Document group : groups) {
            Document key = group.get("_id", Document.class);
            long count = ((Number) group.get("schools")).longValue();
            total += count;
            byKind.merge(key.getString("kind"), count, Long::sum);
            byLocality.merge(key.getString("locality"), count, Long::sum);
            byChild.merge(key.getString(child), count, Long::sum);
        }
        List<SchoolCounts.ChildCount> children = new ArrayList<>();
        if (region.level() != RegionLevel.COUNTY) {
            byChild.forEach((code, count) -> children.add(new SchoolCounts.ChildCount(code,
                    regions.find(code).map(Region::name).orElse(code), count)));
            children.sort(Comparator.comparing(SchoolCounts.ChildCount::code));
        }
        return new SchoolCounts(new SchoolCounts.RegionRef(region.code(), region.name(), region.level().name()), total,
                byKind, byLocality, children, fresh);
    }

    private static String fieldOf(RegionLevel level) {
        return switch (level) {
            case PROVINCE -> "provinceCode";
            case CITY -> "cityCode";
            default -> "countyCode";
        };
    }

    private static String childField(RegionLevel level) {
        return switch (level) {
            case PROVINCE -> "cityCode";
            default -> "countyCode";
        };
    }
}

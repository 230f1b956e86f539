package org.eduaid.reporting.freshness;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;

import org.bson.Document;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

import reactor.core.publisher.Mono;

@Component
public class FreshnessReader {

    private final ReactiveMongoTemplate mongo;

    FreshnessReader(ReactiveMongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Mono<Freshness> current() {
        return mongo.find(new Query(), Document.class, SourceFreshness.COLLECTION)
                .collectMap(doc -> doc.getString("_id"), doc -> doc.getDate("lastEventAt").toInstant())
                .map(bySource -> new Freshness(Map.<String, Instant>copyOf(new TreeMap<>(bySource))));
    }
}

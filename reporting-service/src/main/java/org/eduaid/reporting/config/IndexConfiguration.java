package org.eduaid.reporting.config;

import org.eduaid.reporting.school.messaging.SchoolFigureProjection;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.ReactiveMongoTemplate;
import org.springframework.data.mongodb.core.index.Index;

import reactor.core.publisher.Flux;

/** The indexes region queries rely on: one per level of the tree. */
@Configuration(proxyBeanMethods = false)
class IndexConfiguration {

    @Bean
    ApplicationRunner schoolFigureIndexes(ReactiveMongoTemplate mongo) {
        return args -> Flux.just("countyCode", "cityCode", "provinceCode")
                .concatMap(field -> mongo.indexOps(SchoolFigureProjection.COLLECTION)
                        .createIndex(new Index().on(field, Sort.Direction.ASC)))
                .blockLast();
    }
}

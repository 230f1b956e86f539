package org.eduaid.kit.audit;

import java.time.Clock;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.event.EventListener;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;
import org.springframework.web.reactive.function.server.RequestPredicates;
import org.springframework.web.reactive.function.server.RouterFunction;
import org.springframework.web.reactive.function.server.RouterFunctions;
import org.springframework.web.reactive.function.server.ServerResponse;

/**
 * The audit log of a service: every command and every disclosure of personal data recorded in the
 * service's own database, readable by auditors at {@code eduaid.audit.api-path}.
 */
@AutoConfiguration(afterName = "org.eduaid.kit.config.EduAidServiceAutoConfiguration")
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.REACTIVE)
public class AuditAutoConfiguration {

    @Bean
    AuditLog auditLog(ReactiveMongoDatabaseFactory databases) {
        return new AuditLog(databases);
    }

    @Bean
    AuditWebFilter auditWebFilter(AuditLog auditLog, Clock clock) {
        return new AuditWebFilter(auditLog, clock);
    }

    @Bean
    @ConditionalOnProperty("eduaid.audit.api-path")
    RouterFunction<ServerResponse> auditRoutes(AuditLog auditLog, @Value("${eduaid.audit.api-path}") String path,
            @Value("${eduaid.audit.max-page-size:200}") int maxPageSize) {
        AuditApi api = new AuditApi(auditLog, maxPageSize);
        return RouterFunctions.route(RequestPredicates.GET(path), api::find);
    }

    @Bean
    AuditIndexes auditIndexes(AuditLog auditLog) {
        return new AuditIndexes(auditLog);
    }

    /** Creates the time index once the app is up, so a store that is slow to answer does not hold startup. */
    static final class AuditIndexes {

        private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(AuditIndexes.class);

        private final AuditLog auditLog;

        AuditIndexes(AuditLog auditLog) {
            this.auditLog = auditLog;
        }

        @EventListener(ApplicationReadyEvent.class)
        void create() {
            auditLog.createIndexes().subscribe(null,
                    failure -> log.warn("Could not create the audit log's time index; queries by time will scan", failure));
        }
    }
}

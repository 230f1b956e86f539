package org.eduaid.enrollment.importing.config;

import org.eduaid.enrollment.importing.application.ImportSettings;
import org.eduaid.enrollment.importing.application.ImportSpool;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The import feature's settings and its spool directory. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ImportSettings.class)
class ImportConfiguration {

    @Bean
    ImportSpool importSpool(ImportSettings settings) {
        return new ImportSpool(settings.spoolDirectory(), settings.maxFileSize().toBytes());
    }
}

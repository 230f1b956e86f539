package org.eduaid.subsidy.catalogue.config;

import java.time.Duration;

import org.eduaid.subsidy.catalogue.application.CatalogueEditor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Installs the default catalogue's absent programmes once the service is up (every replica tries;
 * the programme code is the id, so only one insert of each wins). It never overwrites an edit.
 */
@Component
class DefaultCatalogueInstallation {

    private static final Logger log = LoggerFactory.getLogger(DefaultCatalogueInstallation.class);

    private final CatalogueEditor editor;

    DefaultCatalogueInstallation(CatalogueEditor editor) {
        this.editor = editor;
    }

    @EventListener(ApplicationReadyEvent.class)
    void install() {
        try {
            Integer inserted = editor.installDefaults().block(Duration.ofSeconds(60));
            if (inserted != null && inserted > 0) {
                log.info("Installed {} programmes of the default aid catalogue", inserted);
            }
        } catch (RuntimeException e) {
            log.error("Could not install the default aid catalogue; it is tried again at the next start", e);
        }
    }
}

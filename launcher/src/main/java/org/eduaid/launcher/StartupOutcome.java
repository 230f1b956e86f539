package org.eduaid.launcher;

import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How the wait for the apps ended.
 *
 * @param culprits the apps to blame, with why: those that exited, or, when none did, those not UP in time
 * @param bystanders apps that were still starting when the wait was cut short by a culprit
 */
record StartupOutcome(Map<PlatformApp, String> culprits, Set<PlatformApp> bystanders) {

    StartupOutcome {
        // enum order, so reports list the apps as the launcher starts them
        EnumMap<PlatformApp, String> orderedCulprits = new EnumMap<>(PlatformApp.class);
        orderedCulprits.putAll(culprits);
        culprits = Collections.unmodifiableMap(orderedCulprits);
        EnumSet<PlatformApp> orderedBystanders = EnumSet.noneOf(PlatformApp.class);
        orderedBystanders.addAll(bystanders);
        bystanders = Collections.unmodifiableSet(orderedBystanders);
    }

    boolean allUp() {
        return culprits.isEmpty();
    }
}

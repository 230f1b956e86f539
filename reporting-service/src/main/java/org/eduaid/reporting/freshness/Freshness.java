package org.eduaid.reporting.freshness;

import java.time.Instant;
import java.util.Map;

/** The last event time applied per source service, as shown on every report. */
public record Freshness(Map<String, Instant> lastEventAtBySource) {
}

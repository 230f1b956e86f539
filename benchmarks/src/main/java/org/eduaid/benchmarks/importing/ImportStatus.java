package org.eduaid.benchmarks.importing;

import java.util.Locale;

import tools.jackson.databind.JsonNode;

/**
 * What {@code GET /api/enrollment/imports/{id}} says of an import: its status (RECEIVED, RUNNING,
 * COMPLETED or FAILED), its row counts and, for a failed one, why ({@code failure}). The counts are
 * read at the top level of the answer or under {@code counts}; a count the answer lacks is
 * {@link #UNKNOWN}.
 */
record ImportStatus(String status, long rows, long created, long updated, long unchanged, long rejected,
        String failure) {

    static final long UNKNOWN = -1;
    static final String COMPLETED = "COMPLETED";
    static final String FAILED = "FAILED";

    static ImportStatus from(JsonNode body) {
        String status = text(body, "status");
        if (status.isEmpty()) {
            status = text(body, "state");
        }
        return new ImportStatus(status.toUpperCase(Locale.ROOT), count(body, "rows"), count(body, "created"),
                count(body, "updated"), count(body, "unchanged"), count(body, "rejected"), text(body, "failure"));
    }

    /** A status without a failure's reason, as most are. */
    ImportStatus(String status, long rows, long created, long updated, long unchanged, long rejected) {
        this(status, rows, created, updated, unchanged, rejected, "");
    }

    boolean finished() {
        return COMPLETED.equals(status) || FAILED.equals(status);
    }

    boolean completed() {
        return COMPLETED.equals(status);
    }

    /** Whether every row is counted as created, updated, unchanged or rejected. */
    boolean everyRowAccounted(long expectedRows) {
        return rows == expectedRows && created != UNKNOWN && updated != UNKNOWN && unchanged != UNKNOWN
                && rejected != UNKNOWN && created + updated + unchanged + rejected == expectedRows;
    }

    @Override
    public String toString() {
        return status + " (rows " + rows + ", created " + created + ", updated " + updated + ", unchanged " + unchanged
                + ", rejected " + rejected + ")" + (failure.isEmpty() ? "" : ": " + failure);
    }

    private static String text(JsonNode body, String field) {
        JsonNode node = body.path(field);
        return node.isValueNode() ? node.asString("") : "";
    }

    private static long count(JsonNode body, String field) {
        JsonNode node = body.path(field);
        if (!node.isNumber()) {
            node = body.path("counts").path(field);
        }
        return node.isNumber() ? node.longValue() : UNKNOWN;
    }
}

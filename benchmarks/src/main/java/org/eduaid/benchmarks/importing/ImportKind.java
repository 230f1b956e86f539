package org.eduaid.benchmarks.importing;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * What the file is imported as: the students of a county ({@code POST /api/enrollment/imports/students}),
 * or the county's school-age roster ({@code POST /api/enrollment/imports/roster}), with the topic and
 * the event type a new child of each kind publishes.
 */
public enum ImportKind {

    STUDENTS("students", "/api/enrollment/imports/students", "eduaid.enrollment.students",
            "eduaid.enrollment.StudentRegistered.v1",
            List.of("idNumber", "name", "householdCountyCode", "householdTownshipCode", "guardianName",
                    "registeredPoor", "schoolCode", "stage", "grade", "boarding", "enrolledOn")),

    /**
     * The same children as a roster extract. The roster file names its columns as the roster import
     * reads them ({@code countyCode}, {@code townshipCode}); the people, ID numbers and order are
     * those of the students' file.
     */
    ROSTER("roster", "/api/enrollment/imports/roster", "eduaid.enrollment.roster",
            "eduaid.enrollment.RosterChildRecorded.v1",
            List.of("idNumber", "name", "countyCode", "townshipCode"));

    private final String label;
    private final String path;
    private final String topic;
    private final String createdEventType;
    private final List<String> header;

    ImportKind(String label, String path, String topic, String createdEventType, List<String> header) {
        this.label = label;
        this.path = path;
        this.topic = topic;
        this.createdEventType = createdEventType;
        this.header = header;
    }

    public String label() {
        return label;
    }

    /** The upload endpoint, without its query. */
    public String path() {
        return path;
    }

    public String topic() {
        return topic;
    }

    /** The {@code ce_type} of the event each created row publishes. */
    public String createdEventType() {
        return createdEventType;
    }

    /** The event's short name, for the table. */
    public String createdEventName() {
        String withoutVersion = createdEventType.substring(0, createdEventType.lastIndexOf('.'));
        return withoutVersion.substring(withoutVersion.lastIndexOf('.') + 1);
    }

    public List<String> header() {
        return header;
    }

    public static ImportKind named(String label) {
        return Arrays.stream(values()).filter(kind -> kind.label.equals(label.toLowerCase(Locale.ROOT))).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--kind must be students or roster, got " + label));
    }

    @Override
    public String toString() {
        return label;
    }
}

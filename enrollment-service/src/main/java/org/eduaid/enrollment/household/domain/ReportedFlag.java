package org.eduaid.enrollment.household.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eduaid.enrollment.person.PersonId;

/**
 * What one outside system last said about one flag of one person, with the last few changes it
 * reported: where a flag came from and its history. One per person, flag and source, so that two
 * systems never overwrite each other and a student can show each source's word.
 *
 * <p>Agencies' records arrive late, twice and out of order: a record changes the row only if it is
 * later (by {@link RecordStamp}) than the one the row reflects; a record with the event id the row
 * reflects is a duplicate; anything else older changes nothing.
 *
 * @param countyCode the county the latest record placed the person in: who may see the row
 * @param history the last changes, oldest first, ending with {@code current}
 */
public record ReportedFlag(PersonId person, HouseholdFlag flag, FlagSource source, String countyCode,
        FlagChange current, List<FlagChange> history) {

    public ReportedFlag {
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(flag, "flag");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(current, "current");
        history = List.copyOf(history);
    }

    /** The row id: {@code <personId>:<flag>:<source>}, e.g. {@code p-...:DIBAO:civil-affairs}. */
    public static String idOf(PersonId person, HouseholdFlag flag, FlagSource source) {
        return person.value() + ":" + flag.name() + ":" + source.wireName();
    }

    public String id() {
        return idOf(person, flag, source);
    }

    /** The row for a flag nobody had reported for this person yet. */
    public static ReportedFlag first(PersonId person, FlagStatement statement, RecordStamp stamp, String sourceRecord) {
        FlagChange change = changeOf(statement, stamp, sourceRecord);
        return new ReportedFlag(person, statement.flag(), statement.source(), statement.countyCode(), change,
                List.of(change));
    }

    /** How a record with this stamp relates to what the row reflects. */
    public Arrival judge(RecordStamp incoming) {
        if (incoming.eventId().equals(current.stamp().eventId())) {
            return Arrival.DUPLICATE;
        }
        return incoming.isLaterThan(current.stamp()) ? Arrival.LATER : Arrival.STALE;
    }

    /**
     * The row after a later record; the caller has {@link #judge judged} it {@link Arrival#LATER}.
     *
     * @param historySize how many changes the row keeps, the newest included
     */
    public ReportedFlag after(FlagStatement statement, RecordStamp stamp, String sourceRecord, int historySize) {
        if (judge(stamp) != Arrival.LATER) {
            throw new IllegalArgumentException("only a later record changes a reported flag");
        }
        if (statement.flag() != flag || statement.source() != source) {
            throw new IllegalArgumentException("a record about another flag or source");
        }
        FlagChange change = changeOf(statement, stamp, sourceRecord);
        List<FlagChange> changes = new ArrayList<>(history);
        changes.add(change);
        int keep = Math.max(1, historySize);
        List<FlagChange> kept = changes.subList(Math.max(0, changes.size() - keep), changes.size());
        return new ReportedFlag(person, flag, source, statement.countyCode(), change, kept);
    }

    private static FlagChange changeOf(FlagStatement statement, RecordStamp stamp, String sourceRecord) {
        return new FlagChange(statement.on(), statement.disabilityKind(), statement.disabilityGrade(),
                statement.effectiveOn(), stamp, sourceRecord);
    }

    /** A record compared with the one a row reflects. */
    public enum Arrival {
        /** later: it changes the row */
        LATER,
        /** the very record the row reflects, delivered again: nothing changes, but what follows it may be redone */
        DUPLICATE,
        /** older than what the row reflects (or an older record delivered again): nothing changes */
        STALE
    }
}

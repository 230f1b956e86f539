package org.eduaid.subsidy.catalogue.application;

/**
 * A change stored, and the re-evaluation of every student it started ({@code null} when that could
 * not be started; the next change or an officer's request starts one).
 */
public record ProgrammeChange(VersionedProgramme programme, String reevaluationId) {
}

package org.eduaid.enrollment.roster.domain;

import java.time.LocalDate;

/** What the population registry (户籍) says about a person, already validated. */
public sealed interface RegistryRecord {

    /** A birth registered in a county. */
    record Birth(String name, Residence residence, LocalDate registeredOn) implements RegistryRecord {
    }

    /** The household registration moved into a county. */
    record MoveIn(String name, Residence residence, LocalDate movedOn) implements RegistryRecord {
    }

    /** The household registration left a county ({@code toCountyCode} may be unknown). */
    record MoveOut(String countyCode, String toCountyCode, LocalDate movedOn) implements RegistryRecord {
    }

    /** A death registered. */
    record Death(String countyCode, LocalDate diedOn) implements RegistryRecord {
    }
}

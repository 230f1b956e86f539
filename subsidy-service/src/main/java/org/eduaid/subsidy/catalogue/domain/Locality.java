package org.eduaid.subsidy.catalogue.domain;

/** Whether a school is urban or rural: standards differ, e.g. Tibet's preschool 3,600 vs 380 yuan. */
public enum Locality {
    URBAN, RURAL
}

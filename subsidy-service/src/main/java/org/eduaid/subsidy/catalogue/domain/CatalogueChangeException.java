package org.eduaid.subsidy.catalogue.domain;

/** A change the catalogue as it stands does not allow (e.g. a standard that would rewrite the past). */
public class CatalogueChangeException extends RuntimeException {

    public CatalogueChangeException(String message) {
        super(message);
    }
}

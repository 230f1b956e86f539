package org.eduaid.subsidy.budget.domain;

/** A budget value that breaks a rule; names the field, never a person. */
public class InvalidBudgetException extends RuntimeException {

    private final String field;

    public InvalidBudgetException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

package org.eduaid.kit.web;

import java.util.List;

/** Input that breaks a rule; answered with 400 and one entry per offending field. */
public class InvalidRequestException extends RuntimeException {

    private final List<FieldViolation> violations;

    public InvalidRequestException(List<FieldViolation> violations) {
        super(violations.isEmpty() ? "invalid request" : violations.get(0).field() + ": " + violations.get(0).message());
        this.violations = List.copyOf(violations);
    }

    public static InvalidRequestException of(String field, String message) {
        return new InvalidRequestException(List.of(new FieldViolation(field, message)));
    }

    public List<FieldViolation> violations() {
        return violations;
    }

    /** Which field is wrong and why, in words a clerk can act on; never the value itself. */
    public record FieldViolation(String field, String message) {
    }
}

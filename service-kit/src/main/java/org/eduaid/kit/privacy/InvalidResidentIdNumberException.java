package org.eduaid.kit.privacy;

/**
 * A resident ID number that breaks a rule. The message says which rule in words a clerk can act on
 * and never repeats the number: the rejected input is still most likely a child's real ID number.
 */
public class InvalidResidentIdNumberException extends IllegalArgumentException {

    private final Reason reason;

    public InvalidResidentIdNumberException(Reason reason) {
        super("resident ID number " + reason.message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }

    public enum Reason {
        FORMAT("must be 17 digits followed by a digit or X"),
        REGION("does not start with the code of a province and county"),
        BIRTH_DATE("does not contain a real birth date that has already happened"),
        CHECK_CHARACTER("has a check character that does not match; a digit was probably mistyped");

        private final String message;

        Reason(String message) {
            this.message = message;
        }

        /** The rule alone, to pair with the name of the field that broke it. */
        public String message() {
            return message;
        }
    }
}

package org.eduaid.subsidy.disbursement.domain;

/** A batch step its state does not allow, e.g. releasing a batch that is not sealed. */
public class BatchTransitionException extends RuntimeException {

    public BatchTransitionException(String step, BatchState state) {
        super("A batch that is " + state + " cannot be " + step + ".");
    }

    public BatchTransitionException(String message) {
        super(message);
    }
}

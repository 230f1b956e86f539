package org.eduaid.kit.audit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What the handler of one request tells the audit log about it: the records it touched, a name for
 * the action, and whether it disclosed unmasked personal data (which makes even a read audited).
 * Lives in the request's Reactor context for the duration of the request only.
 */
final class AuditContext {

    static final Object KEY = AuditContext.class;

    private final List<String> records = new ArrayList<>();
    private final AtomicReference<String> action = new AtomicReference<>();
    private final AtomicBoolean disclosedPersonalData = new AtomicBoolean();

    synchronized void addRecords(List<String> ids) {
        records.addAll(ids);
    }

    synchronized List<String> records() {
        return List.copyOf(records);
    }

    void nameAction(String name) {
        action.set(name);
    }

    String action() {
        return action.get();
    }

    void markDisclosure() {
        disclosedPersonalData.set(true);
    }

    boolean disclosedPersonalData() {
        return disclosedPersonalData.get();
    }
}

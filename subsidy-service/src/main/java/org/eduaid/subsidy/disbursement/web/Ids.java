package org.eduaid.subsidy.disbursement.web;

import java.util.regex.Pattern;

import org.eduaid.kit.web.InvalidRequestException;

/** Path ids are checked before they reach the store. */
final class Ids {

    private static final Pattern BATCH = Pattern.compile("\\d{6}~[A-Z0-9_-]{2,40}~\\d{4}-\\d{4}-[12](~R\\d{1,4})?");
    private static final Pattern PAYMENT = Pattern.compile("[A-Za-z0-9_-]{1,64}~[A-Z0-9_-]{2,40}~\\d{4}-\\d{4}-[12]");

    private Ids() {
    }

    static String batch(String id) {
        if (id == null || !BATCH.matcher(id).matches()) {
            throw InvalidRequestException.of("batchId", "is countyCode~programmeCode~term, e.g. 150424~NUTRITION~2024-2025-1");
        }
        return id;
    }

    static String payment(String id) {
        if (id == null || !PAYMENT.matcher(id).matches()) {
            throw InvalidRequestException.of("paymentId", "is studentId~programmeCode~term");
        }
        return id;
    }
}

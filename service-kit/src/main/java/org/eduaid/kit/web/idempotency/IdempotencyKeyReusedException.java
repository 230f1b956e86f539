package org.eduaid.kit.web.idempotency;

import org.springframework.http.HttpStatusCode;
import org.springframework.web.server.ResponseStatusException;

/** The same key came with another body: a client bug, never replayed nor run (422). */
public class IdempotencyKeyReusedException extends ResponseStatusException {

    public static final String DETAIL = "Idempotency-Key reused with a different request";

    public IdempotencyKeyReusedException() {
        super(HttpStatusCode.valueOf(422), DETAIL);
    }
}

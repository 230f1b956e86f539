package org.eduaid.enrollment.person;

import org.eduaid.kit.privacy.BlindIndex;
import org.eduaid.kit.privacy.FieldPurpose;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.springframework.stereotype.Component;

/**
 * Derives {@link PersonId}s from ID numbers with the platform's blind-index key. One purpose for
 * every collection, so a student, a roster entry and a case about one child share the id.
 */
@Component
public class PersonIds {

    private static final FieldPurpose PURPOSE = FieldPurpose.of("persons", "idNumber");
    private static final int HASH_CHARACTERS = 26;

    private final BlindIndex index;

    public PersonIds(BlindIndex index) {
        this.index = index;
    }

    public PersonId of(ResidentIdNumber number) {
        String hashed = index.of(PURPOSE, number).substring(BlindIndex.PREFIX.length());
        return new PersonId("p-" + hashed.substring(0, HASH_CHARACTERS));
    }
}

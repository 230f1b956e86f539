package org.eduaid.enrollment.student.application;

import org.eduaid.enrollment.student.domain.Student;
import org.eduaid.kit.privacy.BlindIndex;
import org.eduaid.kit.privacy.FieldPurpose;
import org.springframework.stereotype.Component;

/**
 * The keyed hash of name + sex + birth date that finds the same child registered under another ID
 * number (a mistyped or second number), without storing those three in the clear.
 */
@Component
public class IdentityKeys {

    public static final FieldPurpose PURPOSE = FieldPurpose.of("students", "identityKey");

    private final BlindIndex index;

    public IdentityKeys(BlindIndex index) {
        this.index = index;
    }

    public String of(Student student) {
        return index.of(PURPOSE, student.name().replaceAll("\\s+", "") + "|" + student.idNumber().sex() + "|"
                + student.idNumber().birthDate());
    }
}

package org.eduaid.teacher.teacher.application;

import org.eduaid.kit.privacy.BlindIndex;
import org.eduaid.kit.privacy.FieldCipher;
import org.eduaid.kit.privacy.FieldPurpose;
import org.eduaid.kit.privacy.Masks;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.springframework.stereotype.Component;

/**
 * Turns a teacher's ID number and name into what the registry keeps: a pseudonymous id (a keyed
 * hash of the ID number, so registering the same person twice collides on the id), masked forms
 * to show, and encrypted forms to store.
 */
@Component
public class TeacherIdentities {

    static final FieldPurpose ID_NUMBER = FieldPurpose.of("teachers", "idNumber");
    static final FieldPurpose NAME = FieldPurpose.of("teachers", "name");
    private static final int HASH_CHARACTERS = 26;

    private final BlindIndex index;
    private final FieldCipher cipher;

    public TeacherIdentities(BlindIndex index, FieldCipher cipher) {
        this.index = index;
        this.cipher = cipher;
    }

    public String idOf(ResidentIdNumber number) {
        return "t-" + index.of(ID_NUMBER, number).substring(BlindIndex.PREFIX.length()).substring(0, HASH_CHARACTERS);
    }

    public String maskedName(String name) {
        return Masks.personName(name);
    }

    public String encryptedName(String name) {
        return cipher.encrypt(name, NAME);
    }

    public String encryptedIdNumber(ResidentIdNumber number) {
        return cipher.encrypt(number.unmaskedValue(), ID_NUMBER);
    }
}

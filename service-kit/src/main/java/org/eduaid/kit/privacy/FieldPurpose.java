package org.eduaid.kit.privacy;

import java.util.regex.Pattern;

/**
 * What a protected value is for: the collection and the field it is stored in. It is bound into
 * every ciphertext (as associated data) and every blind index, so a ciphertext copied into another
 * field or collection does not decrypt, and the same ID number indexes differently in two fields.
 */
public record FieldPurpose(String collection, String field) {

    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_.-]{0,99}");

    public FieldPurpose {
        if (collection == null || !NAME.matcher(collection).matches()) {
            throw new IllegalArgumentException("collection must be a plain collection name");
        }
        if (field == null || !NAME.matcher(field).matches()) {
            throw new IllegalArgumentException("field must be a plain field name or dotted path");
        }
    }

    public static FieldPurpose of(String collection, String field) {
        return new FieldPurpose(collection, field);
    }

    /** {@code collection.field}, as it appears in error messages and in the bound data. */
    public String label() {
        return collection + "." + field;
    }
}

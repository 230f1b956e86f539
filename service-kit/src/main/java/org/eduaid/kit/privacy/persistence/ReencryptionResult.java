package org.eduaid.kit.privacy.persistence;

/**
 * The outcome of a re-encryption run. The old key may be removed once it is {@link #complete()}
 * for every encrypted collection.
 *
 * @param documents documents in the collection (as read by the first pass)
 * @param reencrypted values moved onto the active key
 * @param undecryptable values that could not be decrypted (unknown key, altered) and were left as they were
 * @param leftBehind values that kept changing while the last pass ran; run again
 * @param passes passes over the collection
 */
public record ReencryptionResult(long documents, long reencrypted, long undecryptable, long leftBehind, int passes) {

    public boolean complete() {
        return undecryptable == 0 && leftBehind == 0;
    }

    static ReencryptionResult first(PersonalDataReencryption.PassResult pass) {
        return new ReencryptionResult(pass.documents(), pass.reencrypted(), pass.undecryptable(), pass.conflicts(), 1);
    }

    ReencryptionResult then(PersonalDataReencryption.PassResult pass) {
        return new ReencryptionResult(documents, reencrypted + pass.reencrypted(), pass.undecryptable(),
                pass.conflicts(), passes + 1);
    }
}

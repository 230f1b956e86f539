package org.eduaid.benchmarks.security;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

import org.eduaid.kit.privacy.BlindIndex;
import org.eduaid.kit.privacy.FieldCipher;
import org.eduaid.kit.privacy.FieldPurpose;
import org.eduaid.kit.privacy.KeyRing;

/**
 * What the personal data of a student lookup costs in CPU, with the kit's own {@link FieldCipher} and
 * {@link BlindIndex} under keys generated for the run: per lookup, the blind index of the ID number
 * asked for (the key of the indexed query) and the decryption of the record's five personal fields.
 * Timed in rounds after warm-up rounds; the median round is the result, so a stall of the machine in
 * one round does not move it.
 */
final class PersonalDataCost {

    static final String COLLECTION = "students";
    static final FieldPurpose ID_NUMBER = FieldPurpose.of(COLLECTION, "idNumber");
    static final FieldPurpose NAME = FieldPurpose.of(COLLECTION, "name");
    static final FieldPurpose GUARDIAN_NAME = FieldPurpose.of(COLLECTION, "guardianName");
    static final FieldPurpose GUARDIAN_PHONE = FieldPurpose.of(COLLECTION, "guardianPhone");
    static final FieldPurpose HOUSEHOLD_ADDRESS = FieldPurpose.of(COLLECTION, "householdAddress");

    /** Fixed, not options, so that runs stay comparable. */
    static final int RECORDS = 1_000;
    static final int LOOKUPS_PER_ROUND = 5_000;
    static final int WARM_UP_ROUNDS = 5;
    static final int TIMED_ROUNDS = 11;

    private final BlindIndex blindIndex;
    private final FieldCipher cipher;
    private final List<String> idNumbers = new ArrayList<>();
    private final List<StoredRecord> stored = new ArrayList<>();

    private PersonalDataCost(long seed) {
        SecureRandom keys = new SecureRandom();
        this.cipher = new FieldCipher(KeyRing.of(Map.of("bench1", randomKey(keys)), "bench1"));
        this.blindIndex = new BlindIndex(randomKey(keys));
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < RECORDS; i++) {
            StudentRecord record = StudentRecord.generate(random);
            idNumbers.add(record.idNumber());
            stored.add(new StoredRecord(blindIndex.of(ID_NUMBER, record.idNumber()),
                    cipher.encrypt(record.idNumber(), ID_NUMBER), cipher.encrypt(record.name(), NAME),
                    cipher.encrypt(record.guardianName(), GUARDIAN_NAME),
                    cipher.encrypt(record.guardianPhone(), GUARDIAN_PHONE),
                    cipher.encrypt(record.householdAddress(), HOUSEHOLD_ADDRESS)));
        }
    }

    /** Measures in this JVM. */
    static Measurement measure(long seed) {
        return new PersonalDataCost(seed).run();
    }

    private Measurement run() {
        long sink = 0;
        for (int round = 0; round < WARM_UP_ROUNDS; round++) {
            sink += round(round);
        }
        long[] nanosPerLookup = new long[TIMED_ROUNDS];
        for (int round = 0; round < TIMED_ROUNDS; round++) {
            long started = System.nanoTime();
            sink += round(WARM_UP_ROUNDS + round);
            nanosPerLookup[round] = (System.nanoTime() - started) / LOOKUPS_PER_ROUND;
        }
        if (sink == 0) {
            // never true; keeps the JIT from discarding the work whose result nothing else reads
            throw new IllegalStateException("nothing was decrypted");
        }
        return Measurement.of(nanosPerLookup);
    }

    /** One round of lookups; returns the decrypted characters, which also proves the decryption ran. */
    private long round(int round) {
        long characters = 0;
        for (int i = 0; i < LOOKUPS_PER_ROUND; i++) {
            int which = (round * LOOKUPS_PER_ROUND + i) % RECORDS;
            characters += lookup(idNumbers.get(which), stored.get(which));
        }
        return characters;
    }

    private int lookup(String idNumberAsked, StoredRecord record) {
        if (!blindIndex.of(ID_NUMBER, idNumberAsked).equals(record.idNumberIndex())) {
            throw new IllegalStateException("the blind index does not find the record it was computed for");
        }
        String idNumber = cipher.decrypt(record.idNumber(), ID_NUMBER);
        if (!idNumber.equals(idNumberAsked)) {
            throw new IllegalStateException("the ID number did not decrypt to itself");
        }
        return idNumber.length() + cipher.decrypt(record.name(), NAME).length()
                + cipher.decrypt(record.guardianName(), GUARDIAN_NAME).length()
                + cipher.decrypt(record.guardianPhone(), GUARDIAN_PHONE).length()
                + cipher.decrypt(record.householdAddress(), HOUSEHOLD_ADDRESS).length();
    }

    private static byte[] randomKey(SecureRandom random) {
        byte[] key = new byte[KeyRing.KEY_BYTES];
        random.nextBytes(key);
        return key;
    }

    /** A student's document as the store would hold it: the blind index and five ciphertexts. */
    private record StoredRecord(String idNumberIndex, String idNumber, String name, String guardianName,
            String guardianPhone, String householdAddress) {
    }

    /**
     * The timed rounds' nanoseconds per lookup: the median is the result, the fastest and slowest
     * round show how steady the machine was.
     */
    record Measurement(long medianNanos, long fastestNanos, long slowestNanos) {

        static Measurement of(long[] nanosPerLookup) {
            long[] sorted = nanosPerLookup.clone();
            Arrays.sort(sorted);
            return new Measurement(sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1]);
        }
    }
}

package org.eduaid.benchmarks;

import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;

/** What a reader needs to compare one run's numbers with another's: the machine and the record sizes. */
record RunEnvironment(String java, int cores, int kafkaRecordBytes, int storeDocumentBytes) {

    static RunEnvironment current() {
        School sample = School.generate(SchoolSeries.MEASURED, 12_345);
        int kafkaRecord = CloudEventRecords.sizeOf(new CloudEventRecords().registration("sample", sample));
        int storeDocument = new RawBsonDocument(RawStoreInsert.document(sample), new DocumentCodec()).getByteBuffer()
                .remaining();
        return new RunEnvironment(Runtime.version().toString(), Runtime.getRuntime().availableProcessors(), kafkaRecord,
                storeDocument);
    }

    String describe() {
        return "Java " + java + ", " + cores + " cores | Kafka record " + kafkaRecordBytes
                + " B (key, JSON value, CloudEvents headers) | store document " + storeDocumentBytes + " B BSON";
    }
}

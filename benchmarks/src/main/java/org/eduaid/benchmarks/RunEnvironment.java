package org.eduaid.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.Locale;

import org.bson.RawBsonDocument;
import org.bson.codecs.DocumentCodec;

/**
 * What a reader needs to compare one run's numbers with another's: the machine, how busy it was
 * when the run started (other processes skew every stage), and the record sizes.
 */
record RunEnvironment(String java, int cores, double loadAverage, int kafkaRecordBytes, int storeDocumentBytes) {

    static RunEnvironment current() {
        School sample = School.generate(SchoolSeries.MEASURED, 12_345);
        int kafkaRecord = CloudEventRecords.sizeOf(new CloudEventRecords().registration("sample", sample));
        int storeDocument = new RawBsonDocument(RawStoreInsert.document(sample), new DocumentCodec()).getByteBuffer()
                .remaining();
        return new RunEnvironment(Runtime.version().toString(), Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage(), kafkaRecord, storeDocument);
    }

    String describe() {
        return String.format(Locale.ROOT, "Java %s, %d cores, load average %.1f at start | Kafka record %d B (key, JSON "
                + "value, CloudEvents headers) | store document %d B BSON", java, cores, loadAverage, kafkaRecordBytes,
                storeDocumentBytes);
    }
}

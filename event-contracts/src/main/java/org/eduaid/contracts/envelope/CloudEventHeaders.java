package org.eduaid.contracts.envelope;

/**
 * CloudEvents 1.0 attributes in Kafka binary content mode: the record value is the event's JSON
 * data, the attributes are {@code ce_}-prefixed headers (UTF-8 strings), the key is the subject.
 * {@code sequence} follows the CloudEvents sequence extension; {@code correlationid} is ours.
 */
public final class CloudEventHeaders {

    public static final String PREFIX = "ce_";
    public static final String SPEC_VERSION = PREFIX + "specversion";
    public static final String ID = PREFIX + "id";
    public static final String SOURCE = PREFIX + "source";
    public static final String TYPE = PREFIX + "type";
    public static final String SUBJECT = PREFIX + "subject";
    public static final String TIME = PREFIX + "time";
    public static final String DATA_CONTENT_TYPE = PREFIX + "datacontenttype";
    public static final String SEQUENCE = PREFIX + "sequence";
    public static final String CORRELATION_ID = PREFIX + "correlationid";

    /** W3C trace context, so a trace continues from the request that caused the event. */
    public static final String TRACEPARENT = "traceparent";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String JSON = "application/json";

    private CloudEventHeaders() {
    }
}

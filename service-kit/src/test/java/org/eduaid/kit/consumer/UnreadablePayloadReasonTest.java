package org.eduaid.kit.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/** A dead letter's reason says where a payload is unreadable, never what it held there. */
class UnreadablePayloadReasonTest {

    private static final String ID_NUMBER = "150424201203151236";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    record Certificate(String idNumber, int grade) {
    }

    @Test
    void aValueOfTheWrongTypeIsNamedByItsFieldAndNotQuoted() {
        JacksonException failure = readFailure("{\"idNumber\":\"x\",\"grade\":\"" + ID_NUMBER + "\"}");

        assertThat(IdempotentEventConsumer.unreadablePart(failure))
                .isEqualTo("a value of the wrong type or shape at 'grade'")
                .doesNotContain(ID_NUMBER);
        assertThat(failure.getOriginalMessage()).as("what the reason no longer repeats").contains(ID_NUMBER);
    }

    @Test
    void brokenJsonIsCalledSoWithoutTheTokenThatBrokeIt() {
        JacksonException failure = readFailure("{\"idNumber\": " + ID_NUMBER + "X}");

        assertThat(IdempotentEventConsumer.unreadablePart(failure)).startsWith("not well-formed JSON")
                .doesNotContain(ID_NUMBER);
    }

    private static JacksonException readFailure(String payload) {
        return catchThrowableOfType(JacksonException.class, () -> JSON.readValue(payload, Certificate.class));
    }
}

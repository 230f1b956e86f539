package org.eduaid.kit.privacy.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.eduaid.kit.privacy.IdNumberScan;
import org.junit.jupiter.api.Test;
import org.springframework.boot.json.JsonWriter;

class RedactingJsonMembersCustomizerTest {

    private final JsonWriter<Object> writer = JsonWriter.of(members -> {
        members.add("message", line -> ((Line) line).message());
        members.add("mdc", line -> ((Line) line).mdc());
        members.add("values", line -> ((Line) line).values());
        members.add("count", line -> ((Line) line).count());
        new RedactingJsonMembersCustomizer().customize(members);
    });

    @Test
    void everyStringValueIsMaskedAtAnyDepth() {
        String json = writer.writeToString(new Line("学生 150424201203151236 已注册",
                Map.of("student", "15042420110908118x"), List.of("540102201506010324", new Student("110105200802290011")),
                150424201203151236L));

        assertThat(json).isEqualTo("{\"message\":\"学生 150424********1236 已注册\",\"mdc\":{\"student\":\"150424********118X\"},"
                + "\"values\":[\"540102********0324\",\"Student[idNumber=110105********0011]\"],\"count\":150424201203151236}");
    }

    @Test
    void aNumberRightAfterAControlCharacterIsMaskedBeforeEscapingJoinsItsDigits() {
        String json = writer.writeToString(new Line("\u0001150424201203151236", Map.of(), List.of(), 0));

        assertThat(json).contains("\\u0001150424********1236");
        assertThat(IdNumberScan.validIdNumbersIn(json)).isEmpty();
    }

    @Test
    void valuesWithoutIdNumbersAreLeftAsTheyAre() {
        Student student = new Student("no number");

        assertThat(RedactingJsonMembersCustomizer.redact(student)).isSameAs(student);
        assertThat(RedactingJsonMembersCustomizer.redact("plain")).isSameAs("plain");
    }

    private record Line(String message, Map<String, Object> mdc, List<Object> values, long count) {
    }

    private record Student(String idNumber) {
    }
}

package org.eduaid.contracts;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Events on shared topics are read by every subscribing service, kept forever and replayed: they
 * refer to people by the owning service's ids, never by resident ID number, and carry no contact
 * details or birth dates (the birth year or age band is what reporting needs). A masked ID number
 * ({@code maskedIdNumber}), which reporting shows next to a figure's records, is allowed.
 */
class EventPrivacyTest {

    private static final List<String> FORBIDDEN = List.of("idnumber", "residentid", "identitycard", "idcard",
            "phone", "mobile", "address", "birthdate", "dateofbirth", "guardianname", "bankaccount");

    @Test
    void noEventInTheCatalogueCarriesAFieldForPersonalIdentifiersOrContactDetails() {
        List<String> offending = EventCatalog.TOPICS.stream()
                .flatMap(topic -> topic.events().stream())
                .flatMap(event -> components(event).map(name -> event.getSimpleName() + "." + name))
                .map(field -> field.toLowerCase(Locale.ROOT))
                .filter(field -> !field.substring(field.lastIndexOf('.') + 1).startsWith("masked"))
                .filter(field -> FORBIDDEN.stream().anyMatch(field::contains))
                .toList();

        assertThat(offending).isEmpty();
    }

    @Test
    void theCheckSeesNestedRecordsToo() {
        record Guardian(String guardianName, String phone) {
        }
        record Example(String studentId, Guardian guardian) {
        }

        assertThat(components(Example.class)).contains("guardian.guardianName", "guardian.phone");
    }

    private static Stream<String> components(Class<?> type) {
        if (!type.isRecord()) {
            return Stream.empty();
        }
        return Arrays.stream(type.getRecordComponents()).flatMap(component -> Stream.concat(
                Stream.of(component.getName()),
                nested(component).map(inner -> component.getName() + "." + inner)));
    }

    private static Stream<String> nested(RecordComponent component) {
        return component.getType().isRecord() ? components(component.getType()) : Stream.empty();
    }
}

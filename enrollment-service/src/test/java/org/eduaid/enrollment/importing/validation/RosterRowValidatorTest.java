package org.eduaid.enrollment.importing.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;

import org.eduaid.enrollment.importing.IdNumbers;
import org.eduaid.enrollment.importing.domain.ImportKind;
import org.eduaid.enrollment.importing.parsing.Columns;
import org.eduaid.enrollment.importing.parsing.RawRow;
import org.eduaid.enrollment.roster.application.RosterRecord;
import org.eduaid.enrollment.student.application.ImportScope;
import org.junit.jupiter.api.Test;

class RosterRowValidatorTest {

    private static final Columns COLUMNS = Columns.fromHeader(ImportKind.ROSTER, List.of("身份证号", "姓名", "县", "乡镇", "村"));
    private static final RosterRowValidator VALIDATOR = new RosterRowValidator(
            new ImportScope("150424", null, "import:150424"), StudentRowValidatorTest.REGIONS, StudentRowValidatorTest.CLOCK);

    @Test
    void aRosterRowOfTheCounty() {
        String id = IdNumbers.nth(5);
        RosterRecord record = VALIDATOR.validate(RawRow.of(2, List.of(id, "王五", "150424", "150424101", "")), COLUMNS);
        assertThat(record.countyCode()).isEqualTo("150424");
        assertThat(record.townshipCode()).isEqualTo("150424101");
        assertThat(record.villageCode()).isNull();
    }

    @Test
    void aChildOfAnotherCountyIsNotOnThisRoster() {
        RowRejection rejection = catchThrowableOfType(RowRejection.class, () -> VALIDATOR.validate(
                RawRow.of(2, List.of(IdNumbers.nth(5), "王五", "150425", "", "")), COLUMNS));
        assertThat(rejection.field()).isEqualTo("countyCode");
        assertThat(rejection.reason()).contains("not the county this roster is imported for");
    }
}

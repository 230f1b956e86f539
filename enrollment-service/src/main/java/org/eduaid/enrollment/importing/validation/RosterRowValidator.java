package org.eduaid.enrollment.importing.validation;

import java.time.Clock;

import org.eduaid.enrollment.importing.parsing.Columns;
import org.eduaid.enrollment.importing.parsing.RawRow;
import org.eduaid.enrollment.roster.application.RosterRecord;
import org.eduaid.enrollment.student.application.ImportScope;
import org.eduaid.kit.privacy.ResidentIdNumber;
import org.eduaid.kit.regions.RegionDirectory;

/** A row of a county's roster extract: every child must be registered in that county. */
public final class RosterRowValidator implements RowValidator<RosterRecord> {

    private final ImportScope scope;
    private final RegionDirectory regions;
    private final Clock clock;

    public RosterRowValidator(ImportScope scope, RegionDirectory regions, Clock clock) {
        this.scope = scope;
        this.regions = regions;
        this.clock = clock;
    }

    @Override
    public RosterRecord validate(RawRow row, Columns columns) {
        ResidentIdNumber idNumber = IdNumberCheck.parse(columns.value(row, "idNumber"), clock);
        String name = Cells.name("name", columns.value(row, "name"), true);
        String county = Cells.county("countyCode", columns.value(row, "countyCode"), regions);
        if (!county.equals(scope.countyCode())) {
            throw new RowRejection("countyCode", "is not the county this roster is imported for (" + scope.countyCode() + ")");
        }
        String township = Cells.township("townshipCode", columns.value(row, "townshipCode"), county, regions);
        String village = Cells.village("villageCode", columns.value(row, "villageCode"), county, township);
        return new RosterRecord(row.rowNumber(), idNumber, name, county, township, village);
    }

    @Override
    public ResidentIdNumber idNumberOf(RosterRecord record) {
        return record.idNumber();
    }
}

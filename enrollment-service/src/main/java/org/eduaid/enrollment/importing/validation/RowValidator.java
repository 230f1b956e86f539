package org.eduaid.enrollment.importing.validation;

import org.eduaid.enrollment.importing.parsing.Columns;
import org.eduaid.enrollment.importing.parsing.RawRow;
import org.eduaid.kit.privacy.ResidentIdNumber;

/**
 * Turns one raw row into the record a port applies, or throws {@link RowRejection}.
 *
 * @param <R> StudentRecord or RosterRecord
 */
public interface RowValidator<R> {

    R validate(RawRow row, Columns columns);

    /** Whose row it is, to find the same child twice in one file. */
    ResidentIdNumber idNumberOf(R record);
}

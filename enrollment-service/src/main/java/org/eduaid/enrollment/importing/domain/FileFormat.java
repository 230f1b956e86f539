package org.eduaid.enrollment.importing.domain;

import java.util.Locale;
import java.util.Optional;

/** The two file formats an import accepts, by the media type of the upload. */
public enum FileFormat {

    CSV, NDJSON;

    /**
     * {@code text/csv}; also {@code application/vnd.ms-excel} and {@code application/csv}, which browsers
     * on Windows send for a .csv file; {@code application/x-ndjson} or {@code application/ndjson}.
     */
    public static Optional<FileFormat> ofMediaType(String type, String subtype) {
        String media = (type + "/" + subtype).toLowerCase(Locale.ROOT);
        switch (media) {
            case "text/csv":
            case "application/csv":
            case "application/vnd.ms-excel":
                return Optional.of(CSV);
            case "application/x-ndjson":
            case "application/ndjson":
                return Optional.of(NDJSON);
            default:
                return Optional.empty();
        }
    }
}

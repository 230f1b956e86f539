package org.eduaid.kit.export;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpHeaders;

class AttachmentHeadersTest {

    private final ExportFileName file = ExportFileName.report("aid-recipients").region("150424").schoolYear(2019).csv();

    @Test
    void theDispositionCarriesThePlainAndTheUtf8Name() {
        assertThat(AttachmentHeaders.contentDisposition(file)).isEqualTo(
                "attachment; filename=\"aid-recipients_150424_2019-2020.csv\"; "
                        + "filename*=UTF-8''aid-recipients_150424_2019-2020.csv");
    }

    @Test
    void aDownloadIsTypedNeverCachedAndNotSniffed() {
        HttpHeaders headers = new HttpHeaders();

        AttachmentHeaders.applyTo(headers, file);

        assertThat(headers.getFirst(HttpHeaders.CONTENT_TYPE)).isEqualTo("text/csv;charset=UTF-8");
        assertThat(headers.getFirst(HttpHeaders.CONTENT_DISPOSITION)).startsWith("attachment; filename=");
        assertThat(headers.getFirst(HttpHeaders.CACHE_CONTROL)).isEqualTo("no-store");
        assertThat(headers.getFirst("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void nonAsciiNamesArePercentEncodedAndReplacedInThePlainParameter() {
        assertThat(AttachmentHeaders.encoded("资助 名单\"%.csv")).isEqualTo("%E8%B5%84%E5%8A%A9%20%E5%90%8D%E5%8D%95%22%25.csv");
        assertThat(AttachmentHeaders.asciiFallback("资助 名单\"\\.csv")).isEqualTo("__ ____.csv");
    }
}

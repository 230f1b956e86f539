package org.eduaid.benchmarks.importing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The township codes of a county, from the division list the services validate against (the kit's
 * bundled {@code regions/streets.csv}: {@code code,name,areaCode,provinceCode,cityCode}).
 */
final class Townships {

    private static final String RESOURCE = "regions/streets.csv";

    private Townships() {
    }

    static List<Township> of(String countyCode) {
        try (InputStream in = Townships.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the service kit's " + RESOURCE + " is not on the class path");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<Township> townships = new ArrayList<>();
            reader.readLine();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String[] cells = line.replace("\"", "").split(",");
                if (cells.length >= 3 && cells[2].equals(countyCode)) {
                    townships.add(new Township(cells[0], cells[1]));
                }
            }
            if (townships.isEmpty()) {
                throw new IllegalArgumentException("no townships of county " + countyCode + " in " + RESOURCE);
            }
            return List.copyOf(townships);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record Township(String code, String name) {
    }
}

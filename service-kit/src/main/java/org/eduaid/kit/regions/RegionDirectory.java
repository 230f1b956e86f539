package org.eduaid.kit.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The National Bureau of Statistics' division codes (2023) down to township, loaded once from the
 * classpath. Reference data shared by every service, not domain logic: it answers "is this a real
 * county" and "which city and province is it in".
 */
public final class RegionDirectory {

    private final Map<String, Region> regions;

    private RegionDirectory(Map<String, Region> regions) {
        this.regions = Map.copyOf(regions);
    }

    public static RegionDirectory loadBundled() {
        Map<String, Region> regions = new HashMap<>(48_000);
        read("regions/provinces.csv", row -> new Region(row[0], row[1], RegionLevel.PROVINCE, null), regions);
        read("regions/cities.csv", row -> new Region(row[0], row[1], RegionLevel.CITY, row[2]), regions);
        read("regions/areas.csv", row -> new Region(row[0], row[1], RegionLevel.COUNTY, row[2]), regions);
        read("regions/streets.csv", row -> new Region(row[0], row[1], RegionLevel.TOWNSHIP, row[2]), regions);
        return new RegionDirectory(regions);
    }

    public Optional<Region> find(String code) {
        return code == null ? Optional.empty() : Optional.ofNullable(regions.get(code));
    }

    public boolean isCounty(String code) {
        return find(code).map(region -> region.level() == RegionLevel.COUNTY).orElse(false);
    }

    private interface RowMapper {
        Region map(String[] row);
    }

    private static void read(String resource, RowMapper mapper, Map<String, Region> into) {
        try (InputStream in = RegionDirectory.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing bundled region list " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            reader.readLine();
            String line;
            while ((line = reader.readLine()) != null) {
                if (!line.isBlank()) {
                    Region region = mapper.map(line.replace("\"", "").split(","));
                    into.put(region.code(), region);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

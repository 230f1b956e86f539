package org.eduaid.kit.security;

import java.util.regex.Pattern;

/**
 * The part of the region tree a caller may see: everything whose division code starts with
 * {@link #prefix()} (a 2-digit province, 4-digit city or 6-digit county), or everything at all.
 */
public record RegionScope(String prefix) {

    private static final Pattern SCOPE_CODE = Pattern.compile("\\d{2}|\\d{4}|\\d{6}");
    private static final RegionScope NATIONWIDE = new RegionScope("");

    public RegionScope {
        if (prefix == null || !(prefix.isEmpty() || SCOPE_CODE.matcher(prefix).matches())) {
            throw new IllegalArgumentException("a region scope is a 2-, 4- or 6-digit division code");
        }
    }

    public static RegionScope nationwide() {
        return NATIONWIDE;
    }

    public static RegionScope of(String divisionCode) {
        return new RegionScope(divisionCode);
    }

    public boolean isNationwide() {
        return prefix.isEmpty();
    }

    /** Whether a region (any level, or the county of a record) lies inside this scope. */
    public boolean covers(String divisionCode) {
        return divisionCode != null && divisionCode.length() >= prefix.length() && divisionCode.startsWith(prefix);
    }

    /** The code as stored in audit entries; empty for nationwide. */
    @Override
    public String toString() {
        return isNationwide() ? "nationwide" : prefix;
    }
}

package org.eduaid.teacher.rotation.domain;

/**
 * A province's rules for exchange and rotation (交流轮岗). The defaults follow the national guidance:
 * teachers who have taught six years or more at one school are due; at least 10 % of those due
 * rotate each year; backbone teachers make up at least 20 % of those rotating; urban teachers go
 * to rural schools first.
 *
 * @param maxSharePerSchoolPercent no school sends away more than this share of its teachers in a
 *        year (at least one), so rotation does not strip a school
 */
public record RotationRules(String provinceCode, int dueAfterYears, int minimumSharePercent,
        int backboneSharePercent, int exchangeYears, int maxSharePerSchoolPercent) {

    public static RotationRules defaults(String provinceCode) {
        return new RotationRules(provinceCode, 6, 10, 20, 1, 20);
    }

    public RotationRules {
        if (!provinceCode.matches("\\d{2}")) {
            throw new IllegalArgumentException("a province code is two digits");
        }
        check(dueAfterYears, 1, 30, "dueAfterYears");
        check(minimumSharePercent, 1, 100, "minimumSharePercent");
        check(backboneSharePercent, 0, 100, "backboneSharePercent");
        check(exchangeYears, 1, 6, "exchangeYears");
        check(maxSharePerSchoolPercent, 1, 100, "maxSharePerSchoolPercent");
    }

    /** How many of {@code due} must rotate: the share, rounded up. */
    public int required(int due) {
        return ceilPercent(due, minimumSharePercent);
    }

    /** How many of {@code rotating} must be backbone teachers, rounded up. */
    public int backboneRequired(int rotating) {
        return ceilPercent(rotating, backboneSharePercent);
    }

    /** How many teachers a school of {@code teachers} may send away in a year. */
    public int maxLeaving(int teachers) {
        return Math.max(1, teachers * maxSharePerSchoolPercent / 100);
    }

    private static int ceilPercent(int count, int percent) {
        return (count * percent + 99) / 100;
    }

    private static void check(int value, int min, int max, String name) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(name + " must lie between " + min + " and " + max);
        }
    }
}

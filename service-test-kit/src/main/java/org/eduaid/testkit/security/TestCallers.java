package org.eduaid.testkit.security;

/**
 * Tokens for the usual callers, as the identity provider would issue them. Region codes are real
 * divisions: Inner Mongolia (15), Chifeng (1504), Linxi county (150424), Keshiketeng banner (150425).
 */
public final class TestCallers {

    public static final String SCHOOL_CLERK = "SCHOOL_CLERK";
    public static final String COUNTY_OFFICER = "COUNTY_OFFICER";
    public static final String CITY_OFFICER = "CITY_OFFICER";
    public static final String PROVINCE_OFFICER = "PROVINCE_OFFICER";
    public static final String AUDITOR = "AUDITOR";
    public static final String PLATFORM_ADMIN = "PLATFORM_ADMIN";

    private TestCallers() {
    }

    private static TestIdentityProvider provider() {
        return TestIdentityProvider.get();
    }

    public static TestToken schoolClerk(String countyCode, String schoolCode) {
        return provider().token(SCHOOL_CLERK).region(countyCode).school(schoolCode);
    }

    public static TestToken countyOfficer(String countyCode) {
        return provider().token(COUNTY_OFFICER).region(countyCode);
    }

    public static TestToken cityOfficer(String cityCode) {
        return provider().token(CITY_OFFICER).region(cityCode);
    }

    public static TestToken provinceOfficer(String provinceCode) {
        return provider().token(PROVINCE_OFFICER).region(provinceCode);
    }

    public static TestToken auditor(String regionCode) {
        return provider().token(AUDITOR).region(regionCode);
    }

    public static TestToken platformAdmin() {
        return provider().token(PLATFORM_ADMIN);
    }
}

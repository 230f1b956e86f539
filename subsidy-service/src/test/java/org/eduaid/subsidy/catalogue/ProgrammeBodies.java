package org.eduaid.subsidy.catalogue;

import java.util.UUID;

/**
 * JSON bodies of the catalogue API for tests. Programmes get fresh codes and are in force only from
 * 2090 on, so that the shared store's other tests, which decide today's eligibility, never see them.
 */
public final class ProgrammeBodies {

    public static final String FROM = "2090-09-01";
    /** A day the test programmes are in force. */
    public static final String IN_FORCE = "2091-03-01";

    private ProgrammeBodies() {
    }

    public static String freshCode() {
        return "T" + UUID.randomUUID().toString().replace("-", "").substring(0, 20).toUpperCase();
    }

    public static String definition(String code, String standardRegion) {
        return """
                {"code":"%s","name":"测试助学金","kind":"GRANT","stages":["SENIOR_SECONDARY","PRIMARY"],
                 "rules":[{"code":"POOR","description":"a family in difficulty","anyOfFlags":["REGISTERED_POOR","DIBAO"]},
                          {"code":"ORPHAN_BOARDER","allOfFlags":["ORPHAN"],"boarding":true,"regionPrefixes":["54"]}],
                 "standards":[{"stage":"SENIOR_SECONDARY","regionPrefix":"%s","amountFen":200000,"unit":"YEAR",
                               "validFrom":"%s"}],
                 "shares":{"centralPercent":80,"provincialPercent":10,"countyPercent":10},
                 "validFrom":"%s","validTo":null}""".formatted(code, standardRegion, FROM, FROM);
    }

    public static String revision(long expectedVersion, String name) {
        return """
                {"expectedVersion":%d,"name":"%s","kind":"LIVING_ALLOWANCE","stages":["SENIOR_SECONDARY"],
                 "rules":[{"code":"TEKUN","anyOfFlags":["TEKUN"]}],
                 "shares":{"centralPercent":50,"provincialPercent":30,"countyPercent":20},
                 "validFrom":"%s","validTo":"2099-08-31"}""".formatted(expectedVersion, name, FROM);
    }

    public static String standard(long expectedVersion, String regionPrefix, long amountFen, String validFrom) {
        return """
                {"expectedVersion":%d,"stage":"SENIOR_SECONDARY","regionPrefix":"%s","amountFen":%d,"unit":"YEAR",
                 "validFrom":"%s"}""".formatted(expectedVersion, regionPrefix, amountFen, validFrom);
    }
}

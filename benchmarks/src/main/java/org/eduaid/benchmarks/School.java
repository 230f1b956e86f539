package org.eduaid.benchmarks;

import java.time.Instant;
import java.util.Date;
import java.util.Locale;

import org.bson.Document;
import org.eduaid.contracts.enrollment.SchoolRegistered;

/**
 * A generated school with the fields a county registry keeps: its registry state is about 440
 * bytes of BSON, its {@link SchoolRegistered} event about 230 bytes of JSON (about 490 on the wire
 * with key and CloudEvents headers). Generated from the index, so every run writes the same data.
 */
public record School(String code, String name, String countyCode, String kind, String locality, boolean boarding,
        String address, String postalCode, String principal, String phone, String email, int founded, int students,
        int teachers) {

    private static final String[] COUNTIES = { "沅陵县", "泸溪县", "城步苗族自治县", "江华瑶族自治县", "桑植县", "麻阳苗族自治县" };
    private static final String[] TOWNS = { "清水坪镇", "大坪乡", "白马渡镇", "五里溪乡", "龙潭镇", "黄土铺镇", "二都乡" };
    private static final String[] KINDS = { "PRIMARY", "TEACHING_POINT", "JUNIOR_SECONDARY", "NINE_YEAR", "KINDERGARTEN" };
    private static final String[] SURNAMES = { "张", "王", "李", "刘", "陈", "杨", "黄", "赵", "吴", "周" };
    private static final String[] GIVEN_NAMES = { "建国", "秀英", "志强", "桂兰", "海燕", "德明", "春梅" };
    private static final Instant REGISTERED_AT = Instant.parse("2024-09-01T00:00:00Z");

    public static School generate(SchoolSeries series, int index) {
        String county = COUNTIES[index % COUNTIES.length];
        String town = TOWNS[(index / COUNTIES.length) % TOWNS.length];
        String kind = KINDS[index % KINDS.length];
        return new School(series.code(index),
                county + town + "第" + (index % 9 + 1) + (kind.equals("TEACHING_POINT") ? "教学点" : "中心学校"),
                "4312" + (index % COUNTIES.length + 21),
                kind,
                index % 4 == 0 ? "URBAN" : "RURAL",
                index % 3 == 0,
                "湖南省怀化市" + county + town + "学府路" + (index % 300 + 1) + "号",
                "4192" + String.format(Locale.ROOT, "%02d", index % 100),
                SURNAMES[index % SURNAMES.length] + GIVEN_NAMES[index % GIVEN_NAMES.length],
                "0745-" + (5_000_000 + index % 4_000_000),
                "office" + series.code(index) + "@school.hnedu.cn",
                1950 + index % 70,
                80 + index % 1_900,
                6 + index % 90);
    }

    /** The event the school's registration raises. */
    public SchoolRegistered registered() {
        return new SchoolRegistered(code, name, countyCode, kind, locality, boarding, REGISTERED_AT);
    }

    /** The school's registry state, as a service would store it (without the id, which the store sets). */
    public Document state() {
        return new Document("schoolCode", code)
                .append("name", name)
                .append("countyCode", countyCode)
                .append("kind", kind)
                .append("locality", locality)
                .append("boarding", boarding)
                .append("address", address)
                .append("postalCode", postalCode)
                .append("principal", principal)
                .append("phone", phone)
                .append("email", email)
                .append("founded", founded)
                .append("students", students)
                .append("teachers", teachers)
                .append("registeredAt", Date.from(REGISTERED_AT));
    }
}

package org.eduaid.benchmarks.security;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.SplittableRandom;

import org.eduaid.kit.privacy.ResidentIdNumber;

/**
 * The personal fields of a pupil's record, with values shaped like real ones (a Linxi county ID
 * number with a valid check character, Han and Mongolian names, a mobile number, a household address
 * down to the village group), so their lengths, and with them the cipher's work, are realistic.
 */
record StudentRecord(String idNumber, String name, String guardianName, String guardianPhone, String householdAddress) {

    private static final String COUNTY = "150424";
    private static final String CHECK_CANDIDATES = "0123456789X";
    private static final LocalDate EARLIEST_BIRTH = LocalDate.of(2009, 9, 1);
    private static final int BIRTH_SPAN_DAYS = 9 * 365;
    private static final String[] SURNAMES = { "王", "李", "张", "刘", "赵", "孙", "杨", "于", "高", "包" };
    private static final String[] CHILD_NAMES = { "子涵", "梓萱", "浩然", "一诺", "思远", "欣怡", "宇轩", "雨桐", "俊杰", "苏日娜",
            "巴图", "乌云嘎" };
    private static final String[] ADULT_NAMES = { "建军", "秀兰", "志刚", "桂芝", "海涛", "淑珍", "长青", "玉梅", "宝音", "其其格" };
    private static final String[] TOWNS = { "林西镇", "新城子镇", "新林镇", "五十家子镇", "官地镇", "大井镇", "统部镇",
            "大营子乡", "十二吐乡" };
    private static final String[] VILLAGES = { "富裕村", "红星村", "永丰村", "太平村", "兴隆村", "双井村", "后地村", "榆树林村" };
    private static final String[] MOBILE_PREFIXES = { "130", "135", "139", "150", "151", "158", "177", "183", "187", "199" };
    private static final String[] GROUPS = { "一", "二", "三", "四", "五", "六" };

    static StudentRecord generate(SplittableRandom random) {
        String surname = SURNAMES[random.nextInt(SURNAMES.length)];
        return new StudentRecord(
                idNumber(EARLIEST_BIRTH.plusDays(random.nextInt(BIRTH_SPAN_DAYS)), random.nextInt(1_000)),
                surname + CHILD_NAMES[random.nextInt(CHILD_NAMES.length)],
                surname + ADULT_NAMES[random.nextInt(ADULT_NAMES.length)],
                MOBILE_PREFIXES[random.nextInt(MOBILE_PREFIXES.length)]
                        + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000)),
                "内蒙古自治区赤峰市林西县" + TOWNS[random.nextInt(TOWNS.length)] + VILLAGES[random.nextInt(VILLAGES.length)]
                        + GROUPS[random.nextInt(GROUPS.length)] + "组" + (random.nextInt(120) + 1) + "号");
    }

    /** A Linxi county number for the birth date and sequence, completed with the check character the kit accepts. */
    static String idNumber(LocalDate birthDate, int sequence) {
        String digits = COUNTY + birthDate.format(DateTimeFormatter.BASIC_ISO_DATE)
                + String.format(Locale.ROOT, "%03d", sequence);
        for (char check : CHECK_CANDIDATES.toCharArray()) {
            if (ResidentIdNumber.looksValid(digits + check)) {
                return digits + check;
            }
        }
        throw new IllegalStateException("no check character fits " + digits);
    }
}

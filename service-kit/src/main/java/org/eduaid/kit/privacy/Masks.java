package org.eduaid.kit.privacy;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The masked forms of personal data that responses, lists and logs show instead of the real thing.
 * Each keeps only what lets a clerk tell records apart; when the input does not have the expected
 * shape, more is hidden rather than less.
 */
public final class Masks {

    /** Stands for the hidden rest of an address: a fixed mark, so its length tells nothing. */
    public static final String HIDDEN = "****";

    private static final Set<String> COMPOUND_SURNAMES = Set.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟",
            "公孙", "慕容", "长孙", "宇文", "司徒", "司空", "夏侯", "轩辕", "令狐", "端木", "独孤", "南宫", "西门", "百里",
            "呼延", "澹台", "公冶", "太史", "申屠", "钟离", "闻人", "万俟", "赫连", "拓跋", "濮阳", "淳于", "单于", "鲜于",
            "闾丘", "东郭", "公羊", "左丘", "梁丘", "乐正", "谷梁", "第五", "歐陽", "司馬", "諸葛", "長孫");
    private static final String NAME_SEPARATORS = "·•・. -";

    private Masks() {
    }

    /**
     * {@code 150424********123X}: the six region digits and the last four stay, the eight birth-date
     * digits go. The birth date is what makes the number personal (with the county it narrows a
     * child down to a handful, and it gives the age); the county is no secret in records that are
     * already scoped by county, and shows a child registered elsewhere; the last four (sequence and
     * check character) let a clerk tell twins apart and match a paper document. Anything that is not
     * 18 (or the old 15) characters long is hidden entirely.
     */
    public static String residentIdNumber(CharSequence number) {
        if (number == null) {
            return null;
        }
        String text = number.toString().strip();
        if (text.length() == ResidentIdNumber.LENGTH) {
            return text.substring(0, 6) + "********" + text.substring(14).toUpperCase(Locale.ROOT);
        }
        if (text.length() == 15) {
            // first-generation cards: region, yyMMdd, sequence
            return text.substring(0, 6) + "******" + text.substring(12);
        }
        return "*".repeat(Math.max(1, text.length()));
    }

    /**
     * {@code 张*}, {@code 欧阳**}, {@code 扎***}: the surname (a known two-character surname when the
     * name is long enough to have one) stays, every other character becomes {@code *}; separators of
     * transliterated names ({@code 阿依古丽·买买提} → {@code 阿***·***}) stay so the shape is readable.
     */
    public static String personName(String name) {
        if (name == null) {
            return null;
        }
        int[] characters = name.strip().codePoints().toArray();
        if (characters.length == 0) {
            return "";
        }
        if (characters.length == 1) {
            return "*";
        }
        int kept = characters.length >= 3 && COMPOUND_SURNAMES.contains(new String(characters, 0, 2)) ? 2 : 1;
        StringBuilder masked = new StringBuilder(new String(characters, 0, kept));
        for (int i = kept; i < characters.length; i++) {
            masked.append(NAME_SEPARATORS.indexOf(characters[i]) >= 0 ? Character.toString(characters[i]) : "*");
        }
        return masked.toString();
    }

    /**
     * {@code 138****5678} for a mobile number (the carrier prefix and the last four stay),
     * {@code 0476-***3456} for a fixed line (the area code and the last four stay); the country code
     * {@code +86} is kept as {@code +86 }. Too short to tell: every digit hidden.
     */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        String text = phone.strip();
        String digits = text.replaceAll("[^0-9]", "");
        String country = "";
        if (text.startsWith("+86") || digits.startsWith("0086") && digits.length() > 13) {
            digits = digits.substring(text.startsWith("+86") ? 2 : 4);
            country = "+86 ";
        } else if (digits.length() == 13 && digits.startsWith("861")) {
            digits = digits.substring(2);
            country = "+86 ";
        }
        if (digits.length() == 11 && digits.charAt(0) == '1') {
            return country + digits.substring(0, 3) + "****" + digits.substring(7);
        }
        if (digits.length() >= 10 && digits.charAt(0) == '0') {
            // 010 and 02x are the three-digit area codes (Beijing, the big cities); the others have four
            int area = digits.charAt(1) == '1' || digits.charAt(1) == '2' ? 3 : 4;
            return country + digits.substring(0, area) + "-" + "*".repeat(digits.length() - area - 4)
                    + digits.substring(digits.length() - 4);
        }
        if (digits.length() >= 7) {
            return country + "*".repeat(digits.length() - 4) + digits.substring(digits.length() - 4);
        }
        return "*".repeat(Math.max(1, digits.length()));
    }

    /**
     * {@code 内蒙古自治区赤峰市林西县统部镇****}: the administrative divisions down to the township
     * (乡, 镇, 街道, 苏木) or, without one, the county stay; the village, street and house number are
     * replaced by {@value #HIDDEN}. The divisions are recognised by their suffixes; where that is
     * ambiguous the recognition stops early, so it may hide a division but never shows a street.
     */
    public static String address(String address) {
        if (address == null) {
            return null;
        }
        String text = address.strip();
        int kept = AdministrativePrefix.lengthOf(text);
        return kept == text.length() ? text : text.substring(0, kept) + HIDDEN;
    }

    /** Finds how far an address names only divisions: province, city, county, township, each at most once, in order. */
    private static final class AdministrativePrefix {

        private static final int LONGEST_NAME = 12;
        /** Longest first, so that 自治区 wins over 区 at the same place. */
        private static final List<Suffix> SUFFIXES = List.of(
                new Suffix("特别行政区", Level.PROVINCE), new Suffix("民族苏木", Level.TOWNSHIP),
                new Suffix("自治区", Level.PROVINCE), new Suffix("自治州", Level.CITY), new Suffix("自治县", Level.COUNTY),
                new Suffix("自治旗", Level.COUNTY), new Suffix("民族乡", Level.TOWNSHIP),
                new Suffix("地区", Level.CITY), new Suffix("林区", Level.COUNTY), new Suffix("特区", Level.COUNTY),
                new Suffix("街道", Level.TOWNSHIP), new Suffix("苏木", Level.TOWNSHIP),
                new Suffix("省", Level.PROVINCE), new Suffix("盟", Level.CITY), new Suffix("市", null),
                new Suffix("县", Level.COUNTY), new Suffix("区", Level.COUNTY), new Suffix("旗", Level.COUNTY),
                new Suffix("镇", Level.TOWNSHIP), new Suffix("乡", Level.TOWNSHIP));
        /** Characters of streets and buildings: a "division" whose name holds one is part of a street address. */
        private static final String STREET_CHARACTERS = "路街巷弄号楼栋室院门";

        static int lengthOf(String text) {
            int position = 0;
            Level previous = null;
            while (previous != Level.TOWNSHIP) {
                Match match = nextSuffix(text, position);
                if (match == null || !isDivisionName(text.substring(position, match.start()))) {
                    break;
                }
                Level level = match.suffix().level() != null ? match.suffix().level()
                        // 市 is a city, or a county-level city under one (霍林郭勒市 under 通辽市)
                        : previous == Level.CITY ? Level.COUNTY : Level.CITY;
                if (previous != null && level.ordinal() <= previous.ordinal()) {
                    break;
                }
                previous = level;
                position = match.start() + match.suffix().text().length();
            }
            return position;
        }

        private static Match nextSuffix(String text, int position) {
            int last = Math.min(text.length() - 1, position + LONGEST_NAME);
            for (int i = position + 1; i <= last; i++) {
                for (Suffix suffix : SUFFIXES) {
                    if (text.startsWith(suffix.text(), i)) {
                        return new Match(i, suffix);
                    }
                }
            }
            return null;
        }

        private static boolean isDivisionName(String name) {
            return name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    && STREET_CHARACTERS.indexOf(c) < 0);
        }

        private enum Level {
            PROVINCE, CITY, COUNTY, TOWNSHIP
        }

        private record Suffix(String text, Level level) {
        }

        private record Match(int start, Suffix suffix) {
        }
    }
}

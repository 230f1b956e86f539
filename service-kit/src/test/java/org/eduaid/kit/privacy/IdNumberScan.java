package org.eduaid.kit.privacy;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds checksum-valid resident ID numbers in test output, independently of the production code:
 * every 18-character window of digits (and a final X) is checked, even inside longer digit runs.
 */
public final class IdNumberScan {

    private static final int[] WEIGHTS = { 7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2 };
    private static final String CHECK = "10X98765432";

    private IdNumberScan() {
    }

    public static List<String> validIdNumbersIn(String text) {
        List<String> found = new ArrayList<>();
        for (int start = 0; start + 18 <= text.length(); start++) {
            String window = text.substring(start, start + 18);
            if (window.substring(0, 17).chars().allMatch(Character::isDigit) && window.chars().allMatch(c -> c < 128)) {
                int sum = 0;
                for (int i = 0; i < 17; i++) {
                    sum += (window.charAt(i) - '0') * WEIGHTS[i];
                }
                if (CHECK.charAt(sum % 11) == Character.toUpperCase(window.charAt(17))) {
                    found.add(window);
                }
            }
        }
        return found;
    }
}

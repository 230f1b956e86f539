package org.eduaid.teacher.testsupport;

import java.time.LocalDate;
import java.util.concurrent.ThreadLocalRandom;

import org.eduaid.kit.privacy.ResidentIdNumber;

/** Valid resident ID numbers of adults, fresh for each call, so tests never collide on a teacher. */
public final class TeacherIdNumbers {

    private TeacherIdNumbers() {
    }

    public static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        LocalDate birth = LocalDate.of(1960, 1, 1).plusDays(random.nextInt(365 * 35));
        return ResidentIdNumber.compose("150424", birth, random.nextInt(1, 1000));
    }

    /** The same number with its check character wrong. */
    public static String withWrongCheckCharacter(String number) {
        char check = number.charAt(17);
        char wrong = check == '1' ? '2' : '1';
        return number.substring(0, 17) + wrong;
    }
}

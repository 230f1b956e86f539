package org.eduaid.enrollment.student.domain;

/**
 * The national registry's duplicate-enrolment check: a student already holds a place at another
 * school. Names that school and its county so the officers can sort it out; never the ID number.
 */
public class DuplicateEnrolmentException extends StudentRuleException {

    private final String schoolCode;
    private final String countyCode;

    public DuplicateEnrolmentException(String schoolCode, String countyCode) {
        super("the student is already enrolled at school " + schoolCode + " in county " + countyCode
                + "; that school must end the enrolment or transfer the student first");
        this.schoolCode = schoolCode;
        this.countyCode = countyCode;
    }

    public String schoolCode() {
        return schoolCode;
    }

    public String countyCode() {
        return countyCode;
    }
}

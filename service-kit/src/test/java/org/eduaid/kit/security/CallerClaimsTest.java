package org.eduaid.kit.security;

import org.eduaid.contracts.identity.Role;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;

import org.eduaid.contracts.identity.TokenClaims;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.security.oauth2.jwt.Jwt;

class CallerClaimsTest {

    private final CallerClaims validator = new CallerClaims();

    @Test
    void aCountyOfficerIsScopedToTheirCounty() {
        Caller caller = CallerClaims.callerOf(token("officer.linxi", "COUNTY_OFFICER", "150424", null)).orElseThrow();

        assertThat(caller.role()).isEqualTo(Role.COUNTY_OFFICER);
        assertThat(caller.canSeeRegion("150424")).isTrue();
        assertThat(caller.canSeeRegion("150424101")).isTrue();
        assertThat(caller.canSeeRegion("150425")).isFalse();
        assertThat(caller.canSeeRegion("1504")).isFalse();
        assertThat(caller.canSeeSchool("1150424001", "150424")).isTrue();
    }

    @Test
    void aClerkSeesOnlyTheirOwnSchoolEvenInTheirCounty() {
        Caller clerk = CallerClaims.callerOf(token("clerk", "SCHOOL_CLERK", "150424", "1150424001")).orElseThrow();

        assertThat(clerk.canSeeSchool("1150424001", "150424")).isTrue();
        assertThat(clerk.canSeeSchool("1150424002", "150424")).isFalse();
    }

    @Test
    void thePlatformAdminIsNationwide() {
        Caller admin = CallerClaims.callerOf(token("admin", "PLATFORM_ADMIN", null, null)).orElseThrow();

        assertThat(admin.scope().isNationwide()).isTrue();
        assertThat(admin.canSeeRegion("540102")).isTrue();
    }

    @ParameterizedTest(name = "{0} {1} {2} {3} is refused")
    @CsvSource(nullValues = "null", value = {
            "HEADMASTER, 150424, null",
            "null, 150424, null",
            "COUNTY_OFFICER, null, null",
            "COUNTY_OFFICER, 1504, null",
            "CITY_OFFICER, 150424, null",
            "PROVINCE_OFFICER, 1504, null",
            "PROVINCE_OFFICER, 1x, null",
            "AUDITOR, 1504241, null",
            "PLATFORM_ADMIN, 15, null",
            "SCHOOL_CLERK, 150424, null",
            "SCHOOL_CLERK, 150424, 12345",
            "COUNTY_OFFICER, 150424, 1150424001" })
    void incoherentClaimsMakeNoCallerAndFailValidation(String role, String region, String school) {
        Jwt token = token("someone", role, region, school);

        assertThat(CallerClaims.callerOf(token)).isEmpty();
        assertThat(validator.validate(token).hasErrors()).isTrue();
    }

    @Test
    void anAuditorMayHaveAScopeAtAnyLevel() {
        assertThat(CallerClaims.callerOf(token("a", "AUDITOR", "15", null))).isPresent();
        assertThat(CallerClaims.callerOf(token("a", "AUDITOR", "1504", null))).isPresent();
        assertThat(CallerClaims.callerOf(token("a", "AUDITOR", "150424", null))).isPresent();
        assertThat(validator.validate(token("a", "AUDITOR", "15", null)).hasErrors()).isFalse();
    }

    private static Jwt token(String subject, String role, String region, String school) {
        Jwt.Builder builder = Jwt.withTokenValue("t").header("alg", "RS256").subject(subject)
                .issuedAt(Instant.now()).expiresAt(Instant.now().plusSeconds(60));
        Optional.ofNullable(role).ifPresent(value -> builder.claim(TokenClaims.ROLE, value));
        Optional.ofNullable(region).ifPresent(value -> builder.claim(TokenClaims.REGION, value));
        Optional.ofNullable(school).ifPresent(value -> builder.claim(TokenClaims.SCHOOL, value));
        return builder.build();
    }
}

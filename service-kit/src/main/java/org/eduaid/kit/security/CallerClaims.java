package org.eduaid.kit.security;

import org.eduaid.contracts.identity.Role;
import org.eduaid.contracts.identity.TokenClaims;
import java.util.Optional;
import java.util.regex.Pattern;

import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;

/**
 * Reads a {@link Caller} from the EduAid claims of a token, and as a token validator refuses a token
 * whose claims do not make a coherent caller: a county officer without a 6-digit county, a clerk
 * without a school. Such a token is answered like a forged one (401), never half-trusted.
 */
public final class CallerClaims implements OAuth2TokenValidator<Jwt> {

    private static final Pattern SCHOOL_CODE = Pattern.compile("\\d{10}");

    @Override
    public OAuth2TokenValidatorResult validate(Jwt token) {
        return callerOf(token).isPresent() ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error(OAuth2ErrorCodes.INVALID_TOKEN,
                        "The token does not carry a valid EduAid role, region and school", null));
    }

    public static Optional<Caller> callerOf(Jwt token) {
        Optional<Role> role = Role.parse(token.getClaimAsString(TokenClaims.ROLE));
        if (role.isEmpty() || token.getSubject() == null) {
            return Optional.empty();
        }
        Optional<RegionScope> scope = scopeOf(role.get(), token.getClaimAsString(TokenClaims.REGION));
        Optional<String> school = Optional.ofNullable(token.getClaimAsString(TokenClaims.SCHOOL));
        if (scope.isEmpty() || !schoolFits(role.get(), school)) {
            return Optional.empty();
        }
        return Optional.of(new Caller(token.getSubject(), role.get(), scope.get(), school,
                token.getClaimAsString(TokenClaims.NAME)));
    }

    private static Optional<RegionScope> scopeOf(Role role, String region) {
        if (!role.hasRegion()) {
            return region == null ? Optional.of(RegionScope.nationwide()) : Optional.empty();
        }
        if (region == null || !role.regionLengths().contains(region.length())) {
            return Optional.empty();
        }
        try {
            return Optional.of(RegionScope.of(region));
        } catch (IllegalArgumentException notADivisionCode) {
            return Optional.empty();
        }
    }

    private static boolean schoolFits(Role role, Optional<String> school) {
        if (role.hasSchool()) {
            return school.map(code -> SCHOOL_CODE.matcher(code).matches()).orElse(false);
        }
        return school.isEmpty();
    }
}

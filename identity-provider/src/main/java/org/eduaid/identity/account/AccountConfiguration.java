package org.eduaid.identity.account;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
class AccountConfiguration {

    /** Bcrypt for new hashes; the {id} prefix leaves room to move to another algorithm without a flag day. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }

    @Bean
    AccountDirectory accountDirectory(AccountsProperties properties, PasswordEncoder passwordEncoder) {
        return AccountDirectory.of(properties, passwordEncoder);
    }
}

package org.eduaid.kit.privacy.config;

import org.eduaid.kit.privacy.BlindIndex;
import org.eduaid.kit.privacy.FieldCipher;
import org.eduaid.kit.privacy.persistence.PersonalDataReencryption;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.mongodb.autoconfigure.DataMongoReactiveAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.data.mongodb.ReactiveMongoDatabaseFactory;

/**
 * The cipher, blind index and re-encryption of personal data, for services given the privacy keys.
 * Without any key setting none of it exists (a service that stores personal data then fails to
 * start for want of a {@link FieldCipher}); with some but not all of them, or a key that is not
 * 256 bits, startup fails and says which setting is wrong.
 */
@AutoConfiguration(after = DataMongoReactiveAutoConfiguration.class)
@Conditional(OnPrivacyKeysConfigured.class)
@EnableConfigurationProperties(PrivacyProperties.class)
public class PrivacyAutoConfiguration {

    @Bean
    FieldCipher fieldCipher(PrivacyProperties properties) {
        return properties.fieldCipher();
    }

    @Bean
    BlindIndex blindIndex(PrivacyProperties properties) {
        return properties.blindIndex();
    }

    @Bean
    @ConditionalOnBean(ReactiveMongoDatabaseFactory.class)
    PersonalDataReencryption personalDataReencryption(ReactiveMongoDatabaseFactory databases, FieldCipher cipher) {
        return new PersonalDataReencryption(databases, cipher);
    }
}

package org.eduaid.contracts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The logical name and version an event travels under. Consumers route on this name, never on the
 * Java class name, so a record can be renamed or moved without breaking anyone. A change that is
 * not additive gets a new version and a new record.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    /** Dotted name, {@code eduaid.<service>.<PastTenseFact>}. */
    String name();

    int version();
}

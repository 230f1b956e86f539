package org.eduaid.contracts;

/** Reads the logical type of an event record, e.g. {@code eduaid.enrollment.SchoolRegistered.v1}. */
public final class EventTypes {

    private EventTypes() {
    }

    public static String logicalTypeOf(Class<?> eventClass) {
        EventType type = eventClass.getAnnotation(EventType.class);
        if (type == null) {
            throw new IllegalArgumentException(eventClass.getName() + " is not annotated with @EventType");
        }
        return type.name() + ".v" + type.version();
    }
}

package org.eduaid.contracts.enrollment;

/**
 * The household circumstances that decide aid and priority, as they stand after a change. Carried
 * whole in every event that has them, so a reader never has to merge partial updates.
 *
 * @param registeredPoor the household is on the poverty registry (建档立卡), including the
 *        transition period after it was lifted out of poverty
 * @param dibao the household receives minimum living support (低保)
 * @param tekun the child is supported as extremely poor (特困)
 * @param orphan the child is an orphan (孤儿), as certified by civil affairs
 * @param disability the child's disability certificate, or {@code null} without one
 * @param leftBehind left-behind child (留守儿童): both parents work away, or one does and the other cannot care
 * @param relocated the household was relocated for poverty alleviation (易地扶贫搬迁)
 */
public record HouseholdFlags(boolean registeredPoor, boolean dibao, boolean tekun, boolean orphan,
        Disability disability, boolean leftBehind, boolean relocated) {

    /**
     * @param kind VISUAL, HEARING, SPEECH, PHYSICAL, INTELLECTUAL, MENTAL or MULTIPLE
     * @param grade 1 (most severe) to 4
     */
    public record Disability(String kind, int grade) {
    }
}

package org.jixiao.indicator.grammar;

/**
 * Which way an actual value should move against a measured target; scoring (domain §6) depends on it.
 */
public enum Direction {

    /** ≥ and &gt; targets: reaching or passing the value earns the points. */
    HIGHER_IS_BETTER,

    /** ≤ and &lt; targets: staying at or below the value earns the points. */
    LOWER_IS_BETTER,

    /** = and bare values (and ranges): scored as "reach it". */
    EXACT

}

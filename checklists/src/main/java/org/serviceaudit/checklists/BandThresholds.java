package org.serviceaudit.checklists;

/**
 * The lowest score of each band; a score at a threshold belongs to the better band.
 * Defaults: Secure from 0.90, Favourable from 0.80, Vulnerable from 0.70, At risk below.
 */
public record BandThresholds(double secure, double favourable, double vulnerable) {

    public static final BandThresholds DEFAULT = new BandThresholds(0.90, 0.80, 0.70);

    public BandThresholds {
        if (!(0 <= vulnerable && vulnerable <= favourable && favourable <= secure && secure <= 1)) {
            throw new IllegalArgumentException("band thresholds must satisfy 0 <= vulnerable <= favourable <= secure <= 1, got "
                    + vulnerable + ", " + favourable + ", " + secure);
        }
    }

    public Band band(double score) {
        if (score >= secure) {
            return Band.SECURE;
        }
        if (score >= favourable) {
            return Band.FAVOURABLE;
        }
        return score >= vulnerable ? Band.VULNERABLE : Band.AT_RISK;
    }
}

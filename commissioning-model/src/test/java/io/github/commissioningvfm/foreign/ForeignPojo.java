package io.github.commissioningvfm.foreign;

/**
 * A type outside the model's packages, to show that the model's Jackson module leaves the host
 * mapper's own rules alone for it.
 *
 * @param count a whole number
 * @param name a name
 */
public record ForeignPojo(int count, String name) {
}

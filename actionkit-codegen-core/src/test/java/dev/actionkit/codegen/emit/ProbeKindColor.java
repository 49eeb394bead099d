package dev.actionkit.codegen.emit;

/**
 * A class on the test class path with the name the generator gives the enum of
 * {@link LeanEnumRuleTest}'s action: the enum must still be generated, never this class used.
 */
final class ProbeKindColor {

    private ProbeKindColor() {}
}

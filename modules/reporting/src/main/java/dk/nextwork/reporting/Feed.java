package dk.nextwork.reporting;

/** That an indicator counts towards a trait or dimension ({@code target} is its id), with a weight. */
public record Feed(String target, double weight) {
}

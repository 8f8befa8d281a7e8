package dev.pennant.testapp;

/** Flagging mode NEVER, and a second interface in the same class named like the calculator's. */
public class Quiet {
    public static double square(double x) {
        return x * x;
    }
}

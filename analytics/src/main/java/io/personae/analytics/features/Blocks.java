package io.personae.analytics.features;

/// The size of the blocks the per-customer step works through its loops in.
///
/// decision: the first import of a session is what a user waits for, and in a fresh JVM a loop
/// over 100,000 customers or a million orders runs in the interpreter until the JIT replaces it
/// on the stack, after some 60,000 rounds (more while the compilers are busy with the import).
/// A method called once per block of 128 is compiled after about a hundred calls instead, so
/// the hot loops live in such methods and only the loop over the blocks is interpreted. For
/// the same reason those methods copy the fields they use into locals: until C2 has compiled
/// them, the code that runs (interpreter, C1) reads a field again each time it is named.
final class Blocks {

    static final int SIZE = 128;

    private Blocks() {}
}

package dev.connectsim.bench;

/** A bench run refused before it starts, with the one-line reason: the instance or the heap cannot take it. */
public final class BenchRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    BenchRefused(String reason) {
        super(reason);
    }
}

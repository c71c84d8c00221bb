package org.palimpsest.text;

public class PatchMismatchException extends RuntimeException {

    public PatchMismatchException(String message) {
        super(message);
    }
}

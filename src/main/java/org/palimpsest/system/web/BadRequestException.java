package org.palimpsest.system.web;

/** A request that cannot be understood as sent; the message says what is wrong with it. */
public class BadRequestException extends RuntimeException {

    public BadRequestException(String message) {
        super(message);
    }
}

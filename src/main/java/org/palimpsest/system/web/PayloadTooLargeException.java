package org.palimpsest.system.web;

public class PayloadTooLargeException extends RuntimeException {

    public PayloadTooLargeException(long limit) {
        super("the request body is larger than the limit of " + limit + " bytes");
    }
}

package org.palimpsest.system.web;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Part of a request body that Jackson could not read; the problem handler explains the cause. */
public class InvalidRequestBodyException extends RuntimeException {

    private final String field;

    public InvalidRequestBodyException(String field, JsonProcessingException cause) {
        super(cause.getOriginalMessage(), cause);
        this.field = field;
    }

    public String field() {
        return field;
    }
}

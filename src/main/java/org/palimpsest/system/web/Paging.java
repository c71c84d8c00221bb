package org.palimpsest.system.web;

/** The limits of Spring-style {@code page} and {@code size} parameters. */
public final class Paging {

    public static final int MAX_SIZE = 1_000;

    private Paging() {}

    public static void check(int page, int size) {
        if (page < 0) {
            throw new BadRequestException("page: must be 0 or more, got " + page);
        }
        if (size < 1 || size > MAX_SIZE) {
            throw new BadRequestException("size: must be between 1 and " + MAX_SIZE + ", got " + size);
        }
        if ((long) page * size > Integer.MAX_VALUE) {
            throw new BadRequestException("page: too far (page × size must stay below " + Integer.MAX_VALUE + ")");
        }
    }
}

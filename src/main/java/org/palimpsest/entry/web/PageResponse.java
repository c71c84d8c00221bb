package org.palimpsest.entry.web;

import java.util.List;

/** A page of a longer list, with what a client needs to ask for the next one. */
record PageResponse<T>(List<T> content, int page, int size, long totalElements, long totalPages) {

    static <T> PageResponse<T> of(List<T> content, int page, int size, long total) {
        return new PageResponse<>(content, page, size, total, (total + size - 1) / size);
    }
}

package org.strategytracker.command.idempotency;

/**
 * The first answer to a request sent with an idempotency key, as a retry gets it again: status, the
 * headers that carry meaning (Content-Type, Location, ETag; absent ones are {@code null}) and the
 * body's bytes, with the SHA-256 of the request it answered.
 */
record StoredAnswer(
    String requestSha256,
    int status,
    String contentType,
    String location,
    String etag,
    byte[] body) {}

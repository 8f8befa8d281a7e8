package dev.pennant.processor.model;

import java.util.OptionalInt;

/**
 * The API endpoint.
 *
 * @param apiName the endpoint's name
 * @param concurrencyLimit the {@code concurrencyLimit}, when written
 */
public record Endpoint(String apiName, OptionalInt concurrencyLimit) {
}

package dev.pennant.server.files;

import java.time.Duration;

/**
 * Bounds on the files the server receives and keeps. Set them with {@code Pennant.builder()}:
 * {@code maxFileSize}, {@code maxFilesPerUpload}, {@code maxImagePixels}, {@code fileLifetime}.
 *
 * @param maxFileSize the largest uploaded file, in bytes; larger uploads are answered with 413
 * @param maxFilesPerUpload how many files one upload request may carry; more are answered with 413
 * @param maxImagePixels the largest width × height an image input may have; larger images are refused
 *     from their header, before any decoding
 * @param lifetime how long the server keeps an uploaded or produced file after it was last used
 * @param maxStoredBytes the most bytes the server keeps at once; the least recently used files go first
 * @param maxStoredFiles the most files the server keeps at once; the least recently used files go first
 */
public record FileLimits(long maxFileSize, int maxFilesPerUpload, long maxImagePixels, Duration lifetime,
        long maxStoredBytes, int maxStoredFiles) {

    /** 10 MB per file, 10 files per upload, 40 megapixels, one hour, 1 GB and 10,000 files in all. */
    public static final FileLimits DEFAULT = new FileLimits(10L * 1024 * 1024, 10, 40_000_000L, Duration.ofHours(1),
            1024L * 1024 * 1024, 10_000);

    public FileLimits {
        if (maxFileSize < 1) {
            throw new IllegalArgumentException("maxFileSize must be at least 1 byte, got " + maxFileSize);
        }
        if (maxFilesPerUpload < 1) {
            throw new IllegalArgumentException("maxFilesPerUpload must be at least 1, got " + maxFilesPerUpload);
        }
        if (maxImagePixels < 1) {
            throw new IllegalArgumentException("maxImagePixels must be at least 1, got " + maxImagePixels);
        }
        if (lifetime == null || lifetime.isNegative() || lifetime.isZero()) {
            throw new IllegalArgumentException("fileLifetime must be positive, got " + lifetime);
        }
        if (maxStoredBytes < 1 || maxStoredFiles < 1) {
            throw new IllegalArgumentException("the file store needs room for at least one file");
        }
    }

    public FileLimits withMaxFileSize(long bytes) {
        return new FileLimits(bytes, maxFilesPerUpload, maxImagePixels, lifetime, maxStoredBytes, maxStoredFiles);
    }

    public FileLimits withMaxFilesPerUpload(int files) {
        return new FileLimits(maxFileSize, files, maxImagePixels, lifetime, maxStoredBytes, maxStoredFiles);
    }

    public FileLimits withMaxImagePixels(long pixels) {
        return new FileLimits(maxFileSize, maxFilesPerUpload, pixels, lifetime, maxStoredBytes, maxStoredFiles);
    }

    public FileLimits withLifetime(Duration duration) {
        return new FileLimits(maxFileSize, maxFilesPerUpload, maxImagePixels, duration, maxStoredBytes, maxStoredFiles);
    }

    public FileLimits withStoreBounds(long bytes, int files) {
        return new FileLimits(maxFileSize, maxFilesPerUpload, maxImagePixels, lifetime, bytes, files);
    }
}

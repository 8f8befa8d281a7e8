package dev.pennant.components.codec;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * The sound and video containers Pennant recognises, told apart by their first bytes (magic numbers),
 * never by a file name or a client's content type, as {@link ImageFormat} does for images. Ogg and WebM
 * hold either sound or video; an MP4 container given as sound is an M4A.
 */
public enum MediaFormat {
    WAV("WAV", "wav", "audio/wav", true, false),
    MP3("MP3", "mp3", "audio/mpeg", true, false),
    OGG("Ogg", "ogg", "audio/ogg", true, true),
    FLAC("FLAC", "flac", "audio/flac", true, false),
    M4A("M4A", "m4a", "audio/mp4", true, false),
    MP4("MP4", "mp4", "video/mp4", false, true),
    WEBM("WebM", "webm", "video/webm", true, true),
    MATROSKA("Matroska", "mkv", "video/x-matroska", false, true),
    QUICKTIME("QuickTime", "mov", "video/quicktime", false, true),
    AVI("AVI", "avi", "video/x-msvideo", false, true);

    /** How many first bytes {@link #sniff} needs to tell every format apart. */
    public static final int HEAD_BYTES = 64;

    private final String displayName;
    private final String extension;
    private final String mimeType;
    private final boolean sound;
    private final boolean video;

    MediaFormat(String displayName, String extension, String mimeType, boolean sound, boolean video) {
        this.displayName = displayName;
        this.extension = extension;
        this.mimeType = mimeType;
        this.sound = sound;
        this.video = video;
    }

    /** The format whose magic number starts {@code head}, if any. */
    public static Optional<MediaFormat> sniff(byte[] head) {
        if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "WAVE")) {
            return Optional.of(WAV);
        }
        if (startsWith(head, 0, "RIFF") && startsWith(head, 8, "AVI ")) {
            return Optional.of(AVI);
        }
        if (startsWith(head, 0, "ID3") || isMp3Frame(head)) {
            return Optional.of(MP3);
        }
        if (startsWith(head, 0, "OggS")) {
            return Optional.of(OGG);
        }
        if (startsWith(head, 0, "fLaC")) {
            return Optional.of(FLAC);
        }
        if (startsWith(head, 4, "ftyp")) {
            if (startsWith(head, 8, "M4A ") || startsWith(head, 8, "M4B ") || startsWith(head, 8, "M4P ")) {
                return Optional.of(M4A);
            }
            return Optional.of(startsWith(head, 8, "qt  ") ? QUICKTIME : MP4);
        }
        if (head.length >= 4 && (head[0] & 0xff) == 0x1a && (head[1] & 0xff) == 0x45 && (head[2] & 0xff) == 0xdf
                && (head[3] & 0xff) == 0xa3) {
            return Optional.of(contains(head, "webm") ? WEBM : MATROSKA);
        }
        return Optional.empty();
    }

    /** The format of a sound file; an MP4 container holding sound is an M4A. */
    public static Optional<MediaFormat> sniffSound(byte[] head) {
        return sniff(head).map(format -> format == MP4 ? M4A : format).filter(MediaFormat::isSound);
    }

    /** The format of a video file. */
    public static Optional<MediaFormat> sniffVideo(byte[] head) {
        return sniff(head).filter(MediaFormat::isVideo);
    }

    /** The sound formats an audio input takes, for messages. */
    public static String soundNames() {
        return "WAV, MP3, Ogg, FLAC or M4A";
    }

    /** The video formats a video input takes, for messages. */
    public static String videoNames() {
        return "MP4, WebM, Ogg, Matroska, QuickTime or AVI";
    }

    /** An MPEG audio frame header: 11 sync bits, then a version and a layer that are not reserved. */
    private static boolean isMp3Frame(byte[] head) {
        if (head.length < 3 || (head[0] & 0xff) != 0xff || (head[1] & 0xe0) != 0xe0) {
            return false;
        }
        int version = (head[1] >> 3) & 3;
        int layer = (head[1] >> 1) & 3;
        int bitrate = (head[2] >> 4) & 15;
        return version != 1 && layer != 0 && bitrate != 15;
    }

    public boolean isSound() {
        return sound;
    }

    public boolean isVideo() {
        return video;
    }

    /** The name messages use: {@code WAV}, {@code MP3}, … */
    public String displayName() {
        return displayName;
    }

    /** The file extension without a dot: {@code wav}, {@code mp4}, … */
    public String extension() {
        return extension;
    }

    public String mimeType() {
        return mimeType;
    }

    private static boolean startsWith(byte[] bytes, int offset, String ascii) {
        byte[] prefix = ascii.getBytes(StandardCharsets.US_ASCII);
        return bytes.length >= offset + prefix.length
                && Arrays.equals(bytes, offset, offset + prefix.length, prefix, 0, prefix.length);
    }

    private static boolean contains(byte[] bytes, String ascii) {
        return new String(bytes, StandardCharsets.ISO_8859_1).contains(ascii);
    }
}

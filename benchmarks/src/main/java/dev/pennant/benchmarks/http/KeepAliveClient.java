package dev.pennant.benchmarks.http;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * A minimal HTTP/1.1 client on one keep-alive connection, like a browser tab or an API client
 * calling the app again and again. Hand-rolled because the load generator shares two cores with
 * the server: {@code java.net.http.HttpClient} spends more CPU per request than a small Javalin
 * handler does, which would hide the difference being measured. Reads Content-Length and chunked
 * bodies; reconnects when the server closes the connection.
 */
public final class KeepAliveClient implements AutoCloseable {
    private static final int TIMEOUT_MILLIS = 60_000;

    private final String host;
    private final int port;
    private Socket socket;
    private InputStream in;
    private OutputStream out;

    public KeepAliveClient(String host, int port) {
        this.host = host;
        this.port = port;
    }

    public HttpResponse get(String path) throws IOException {
        return exchange("GET", path, null, null);
    }

    /**
     * Opens {@code GET path} as an event stream (chunked); read it with {@link EventStream#next()} to its
     * end before sending another request on this connection.
     */
    public EventStream openEventStream(String path) throws IOException {
        connect();
        out.write(("GET " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\nAccept: text/event-stream\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        String statusLine = line();
        if (statusLine == null || !statusLine.split(" ", 3)[1].equals("200")) {
            throw new IOException("event stream answered " + statusLine);
        }
        boolean chunked = false;
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            chunked |= header.toLowerCase(Locale.ROOT).startsWith("transfer-encoding:") && header.toLowerCase(Locale.ROOT).contains("chunked");
        }
        if (!chunked) {
            throw new IOException("expected a chunked event stream");
        }
        return new EventStream(new ChunkedBody(in));
    }

    public HttpResponse postJson(String path, byte[] json) throws IOException {
        return exchange("POST", path, "application/json", json);
    }

    public HttpResponse post(String path, String contentType, byte[] body) throws IOException {
        return exchange("POST", path, contentType, body);
    }

    private HttpResponse exchange(String method, String path, String contentType, byte[] body) throws IOException {
        connect();
        StringBuilder head = new StringBuilder();
        head.append(method).append(' ').append(path).append(" HTTP/1.1\r\n");
        head.append("Host: ").append(host).append(':').append(port).append("\r\n");
        if (body != null) {
            head.append("Content-Type: ").append(contentType).append("\r\n");
            head.append("Content-Length: ").append(body.length).append("\r\n");
        }
        head.append("\r\n");
        out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
        if (body != null) {
            out.write(body);
        }
        out.flush();
        return readResponse();
    }

    private HttpResponse readResponse() throws IOException {
        String statusLine = line();
        if (statusLine == null) {
            throw new IOException("connection closed before a response");
        }
        int status = Integer.parseInt(statusLine.split(" ", 3)[1]);
        long length = -1;
        boolean chunked = false;
        boolean close = false;
        for (String header = line(); header != null && !header.isEmpty(); header = line()) {
            int colon = header.indexOf(':');
            String name = header.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = header.substring(colon + 1).trim();
            switch (name) {
                case "content-length" -> length = Long.parseLong(value);
                case "transfer-encoding" -> chunked = value.toLowerCase(Locale.ROOT).contains("chunked");
                case "connection" -> close = value.equalsIgnoreCase("close");
                default -> { }
            }
        }
        byte[] body;
        if (chunked) {
            body = chunkedBody();
        } else if (length >= 0) {
            body = in.readNBytes((int) length);
        } else {
            body = in.readAllBytes();
            close = true;
        }
        if (close) {
            close();
        }
        return new HttpResponse(status, body);
    }

    private byte[] chunkedBody() throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        while (true) {
            String size = line();
            if (size == null) {
                throw new IOException("connection closed inside a chunked body");
            }
            int semicolon = size.indexOf(';');
            int length = Integer.parseInt((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
            if (length == 0) {
                for (String trailer = line(); trailer != null && !trailer.isEmpty(); trailer = line()) {
                    // trailers are not used by the routes measured here
                }
                return body.toByteArray();
            }
            body.write(in.readNBytes(length));
            line(); // the CRLF after each chunk
        }
    }

    /** One header line without its CRLF, or null at the end of the stream. */
    private String line() throws IOException {
        StringBuilder line = new StringBuilder();
        int c;
        while ((c = in.read()) != -1) {
            if (c == '\n') {
                int end = line.length();
                return end > 0 && line.charAt(end - 1) == '\r' ? line.substring(0, end - 1) : line.toString();
            }
            line.append((char) c);
        }
        return line.length() == 0 ? null : line.toString();
    }

    private void connect() throws IOException {
        if (socket != null) {
            return;
        }
        socket = new Socket();
        socket.setTcpNoDelay(true);
        socket.setSoTimeout(TIMEOUT_MILLIS);
        socket.connect(new InetSocketAddress(host, port), TIMEOUT_MILLIS);
        in = new BufferedInputStream(socket.getInputStream(), 16 * 1024);
        out = socket.getOutputStream();
    }

    @Override
    public void close() throws IOException {
        if (socket != null) {
            Socket open = socket;
            socket = null;
            open.close();
        }
    }
}

package io.tollgate.domain.relay.kind;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** A multipart/form-data body as its parts, read from and written to the wire (RFC 7578), for audio transcriptions. */
public record FormData(List<Part> parts) {

    /** One field: its name, a file name when it is a file, its content type and its bytes. */
    public record Part(String name, Optional<String> filename, String contentType, byte[] content) {
        public Part {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(filename, "filename");
            Objects.requireNonNull(contentType, "contentType");
            Objects.requireNonNull(content, "content");
        }

        public static Part text(String name, String value) {
            return new Part(name, Optional.empty(), "", value.getBytes(StandardCharsets.UTF_8));
        }

        public String text() {
            return new String(content, StandardCharsets.UTF_8);
        }
    }

    public FormData {
        parts = List.copyOf(parts);
    }

    /** The parts of {@code body}, or empty when the content type names no boundary or the body does not follow it. */
    public static Optional<FormData> parse(byte[] body, String contentType) {
        return boundary(contentType).flatMap(boundary -> FormParser.parse(body, boundary));
    }

    /** The boundary parameter of a multipart/form-data content type. */
    public static Optional<String> boundary(String contentType) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            return Optional.empty();
        }
        for (String parameter : contentType.split(";")) {
            String trimmed = parameter.trim();
            if (trimmed.toLowerCase(Locale.ROOT).startsWith("boundary=")) {
                String value = trimmed.substring("boundary=".length());
                if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
                    value = value.substring(1, value.length() - 1);
                }
                return value.isEmpty() || value.length() > 70 ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    public Optional<Part> part(String name) {
        return parts.stream().filter(part -> part.name().equals(name)).findFirst();
    }

    /** The same form with the text field {@code name} set to {@code value}, in its place or at the end. */
    public FormData with(String name, String value) {
        List<Part> changed = new ArrayList<>();
        boolean found = false;
        for (Part part : parts) {
            if (part.name().equals(name)) {
                if (!found) {
                    changed.add(Part.text(name, value));
                }
                found = true;
            } else {
                changed.add(part);
            }
        }
        if (!found) {
            changed.add(Part.text(name, value));
        }
        return new FormData(changed);
    }

    /** The content type that names {@code boundary}. */
    public static String contentType(String boundary) {
        return "multipart/form-data; boundary=" + boundary;
    }

    /** The body on the wire, its parts separated by {@code boundary}. */
    public byte[] encode(String boundary) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part part : parts) {
            StringBuilder head = new StringBuilder("--").append(boundary).append("\r\n")
                    .append("Content-Disposition: form-data; name=\"").append(quoted(part.name())).append('"');
            part.filename().ifPresent(file -> head.append("; filename=\"").append(quoted(file)).append('"'));
            head.append("\r\n");
            if (!part.contentType().isEmpty()) {
                head.append("Content-Type: ").append(part.contentType().replaceAll("[\r\n]", "")).append("\r\n");
            }
            out.writeBytes(head.append("\r\n").toString().getBytes(StandardCharsets.UTF_8));
            out.writeBytes(part.content());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static String quoted(String value) {
        return value.replaceAll("[\r\n\"]", "_");
    }
}

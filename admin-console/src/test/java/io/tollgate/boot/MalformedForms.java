package io.tollgate.boot;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Multipart bodies for the transcription route: a valid form, and forms broken in the ways a JSON body cannot be
 * (a field's value out of its bounds, a NUL in the model, a missing or empty file, parts that break the format).
 */
final class MalformedForms {

    static final String BOUNDARY = "fuzz-b0undary";
    static final String CONTENT_TYPE = "multipart/form-data; boundary=" + BOUNDARY;
    static final Map<String, List<String>> WRONG_VALUES = Map.of(
            "response_format", List.of("xml", "", "JSON", "5"),
            "temperature", List.of("abc", "-1", "2", "1e5", "", "0.5.5", "NaN"),
            "model", List.of("", " ", "[]"));
    private static final List<String> HUGE = List.of("1e10000000", "9".repeat(150), "0." + "0".repeat(120) + "1");

    private MalformedForms() {}

    /** A form the route accepts, for a model of another kind: refused as the wrong endpoint, never billed. */
    static String valid() {
        return form(fields(), "RIFF-not-really-a-wav");
    }

    static byte[] broken(MalformedRequests.Kind kind, Random random) {
        Map<String, String> fields = fields();
        String form = switch (kind) {
            case HUGE_NUMBER -> form(with(fields, "temperature", HUGE.get(random.nextInt(HUGE.size()))), "abc");
            case NUL_TEXT -> form(with(fields, "model", "na\u0000me"), "abc");
            case WRONG_TYPE -> {
                String field = MalformedRequests.sorted(WRONG_VALUES.keySet()).get(random.nextInt(WRONG_VALUES.size()));
                List<String> values = WRONG_VALUES.get(field);
                yield form(with(fields, field, values.get(random.nextInt(values.size()))), "abc");
            }
            default -> structural(random.nextInt(6));
        };
        return form.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static String structural(int which) {
        String valid = valid();
        return switch (which) {
            case 0 -> valid.substring(0, valid.lastIndexOf("--" + BOUNDARY + "--")); // no closing delimiter
            case 1 -> valid.replaceFirst("Content-Disposition: form-data; name=\"model\"", "X-Nothing: here"); // a part without a name
            case 2 -> form(fields(), null); // no file
            case 3 -> form(fields(), ""); // an empty file
            case 4 -> valid.replace("\r\n\r\n", "\r\n"); // headers never end
            default -> valid.replace(BOUNDARY, "another-boundary"); // not the boundary the header names
        };
    }

    private static Map<String, String> fields() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("model", "mock-gpt");
        fields.put("language", "en");
        fields.put("response_format", "json");
        fields.put("temperature", "0.2");
        return fields;
    }

    private static Map<String, String> with(Map<String, String> fields, String field, String value) {
        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put(field, value);
        return changed;
    }

    private static String form(Map<String, String> fields, String file) {
        StringBuilder form = new StringBuilder();
        fields.forEach((name, value) -> form.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"")
                .append(name).append("\"\r\n\r\n").append(value).append("\r\n"));
        if (file != null) {
            form.append("--").append(BOUNDARY).append("\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.wav\"\r\n")
                    .append("Content-Type: audio/wav\r\n\r\n").append(file).append("\r\n");
        }
        return form.append("--").append(BOUNDARY).append("--\r\n").toString();
    }
}

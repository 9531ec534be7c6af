package io.tollgate.adapter.http.shareauth;

import io.tollgate.adapter.http.support.Json;
import io.tollgate.adapter.http.support.Masking;
import io.tollgate.adapter.http.support.ShareAuthReply;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One log block per ShareAuth call, shaped like the seed's 终端日志示例, with every secret masked. */
final class ShareAuthLog {

    private static final Logger LOG = LoggerFactory.getLogger("io.tollgate.shareauth");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy/M/d HH:mm:ss");

    private final StringBuilder block = new StringBuilder();
    private final String endpoint;

    ShareAuthLog(String endpoint, Instant at, ZoneId zone, String requestId) {
        this.endpoint = endpoint;
        line("=== ShareAuth " + endpoint + " 接口调用 ===");
        line("时间: " + TIME.format(at.atZone(zone)));
        line("请求ID: " + requestId);
        line("请求数据:");
    }

    ShareAuthLog field(String name, String maskedValue) {
        return line("  " + name + ": " + maskedValue);
    }

    ShareAuthLog step(String icon, String text) {
        line("");
        return line(icon + " " + text);
    }

    ShareAuthLog detail(String text) {
        return line("  " + text);
    }

    /** Ends the block with the reply (authToken masked) and writes it as one log event. */
    void end(ShareAuthReply reply) {
        boolean ok = Boolean.TRUE.equals(reply.body().get("success"));
        line("");
        line((ok ? "✅ === " : "❌ === ") + endpoint + " 处理" + (ok ? "成功" : "失败") + " ===");
        line("响应数据: " + Json.write(masked(reply.body())) + " (HTTP " + reply.status() + ")");
        line("===================");
        LOG.info("{}", block);
    }

    /** Ends the block of a call that failed on a bug or fault; the stack trace is logged separately. */
    void endWithFault(RuntimeException fault) {
        line("");
        line("❌ === " + endpoint + " 处理失败 === 服务器错误: " + fault.getClass().getSimpleName());
        line("===================");
        LOG.error("{}", block);
    }

    private ShareAuthLog line(String text) {
        block.append(text).append('\n');
        return this;
    }

    private static Map<String, Object> masked(Map<String, Object> body) {
        Map<String, Object> copy = new LinkedHashMap<>(body);
        copy.computeIfPresent("authToken", (key, token) -> Masking.token(String.valueOf(token)));
        return copy;
    }
}

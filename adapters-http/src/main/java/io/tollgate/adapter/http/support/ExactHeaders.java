package io.tollgate.adapter.http.support;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.ee10.servlet.ServletContextRequest;
import org.eclipse.jetty.http.HttpHeader;

/** Writes a reply whose Content-Type goes out exactly as given, where the servlet API would respell it. */
public final class ExactHeaders {

    private ExactHeaders() {}

    /**
     * Jetty turns {@code application/json; charset=utf-8} into {@code application/json;charset=utf-8}, also when
     * the body is written; aibalance sends the former and its clients may compare it, so the header is put into the core
     * response beneath the servlet wrapper (which respells it) and the body written and committed at once.
     */
    public static void reply(Context ctx, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ctx.status(status);
        ctx.res().setContentLength(bytes.length);
        OutputStream out = ctx.res().getOutputStream();
        ServletContextRequest.getServletContextRequest(ctx.req()).getServletContextResponse().getWrapped().getHeaders()
                .put(HttpHeader.CONTENT_TYPE, contentType);
        out.write(bytes);
        out.flush();
    }
}

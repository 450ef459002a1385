package org.xxgk.checker.http;

import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultHttpContent;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.multipart.Attribute;
import io.netty.handler.codec.http.multipart.DefaultHttpDataFactory;
import io.netty.handler.codec.http.multipart.FileUpload;
import io.netty.handler.codec.http.multipart.HttpPostMultipartRequestDecoder;
import io.netty.handler.codec.http.multipart.HttpPostRequestDecoder;
import io.netty.handler.codec.http.multipart.InterfaceHttpData;
import io.vertx.core.Handler;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The body of a report request, read into memory up to the service's limit, its {@code Content-Encoding} undone and,
 * for a form, split into its fields and files. Vert.x's BodyHandler and Netty's decompressor are not used for this:
 * on a body that does not decompress they drop the connection without an answer, and a form whose closing boundary
 * never comes leaves them waiting until the connection times out, its upload file open on the server's disk.
 *
 * @param bytes   the body as the client meant it (decompressed); empty for a form
 * @param fields  a form's text fields
 * @param uploads a form's files, in the order sent
 */
record RequestBody(byte[] bytes, MultiMap fields, List<Upload> uploads) {
    /** Where the body is kept in the routing context for the handler after the reader. */
    static final String KEY = "xxgk.requestBody";
    private static final String CLAIM = "xxgk.bodyClaim";
    /** The answer when bodies being read or checked already take the budget: like a full queue, it passes. */
    private static final String BUFFERS_FULL = "服务繁忙（正在接收和检查的请求正文已达内存上限），请稍后重试";
    private static final Pattern BOUNDARY = Pattern.compile("(?i);\\s*boundary=\"?([^\";]+)\"?");

    /** A file of a form: its field, the name the client gave it, and its content. */
    record Upload(String name, String fileName, byte[] content) {
    }

    /** The body read by {@link #reader} for this request. */
    static RequestBody of(RoutingContext ctx) {
        return ctx.get(KEY);
    }

    /**
     * Reads the body, then passes the request on with the body in {@link #KEY}. Answers 413 once the body, as sent or
     * decompressed, is over the limit, 400 when it does not decompress or the form is malformed or incomplete, and
     * 503 when the budget cannot cover its declared length or the bytes buffered so far (the budget is shared with the
     * other requests being read or checked). A form's text fields join the query parameters: {@code published} and
     * the rest may be given either way.
     */
    static Handler<RoutingContext> reader(long limit, BodyBudget budget) {
        return ctx -> {
            HttpServerRequest request = ctx.request();
            String header = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
            long declared = header != null && header.strip().matches("\\d{1,18}") ? Long.parseLong(header.strip()) : 0;
            if (declared > limit) {
                // refused before a byte of it is read
                ctx.fail(413);
                return;
            }
            BodyBudget.Claim claim = budget.claim();
            ctx.put(CLAIM, claim);
            // answered, failed or its connection closed: however the request ends, its bytes go back
            ctx.addEndHandler(end -> claim.release());
            if (!claim.cover(declared)) {
                Responses.unavailable(ctx, BUFFERS_FULL);
                return;
            }
            if ("100-continue".equalsIgnoreCase(request.getHeader(HttpHeaderNames.EXPECT))) {
                request.response().writeContinue();
            }
            Received received = new Received();
            request.handler(chunk -> {
                if (ctx.failed() || ctx.response().ended()) {
                    return;
                }
                long length = received.length + chunk.length();
                if (length > limit) {
                    received.drop();
                    ctx.fail(413);
                } else if (!claim.cover(length)) {
                    received.drop();
                    Responses.unavailable(ctx, BUFFERS_FULL);
                } else {
                    received.add(chunk);
                }
            });
            request.exceptionHandler(ctx::fail);
            request.endHandler(end -> {
                if (!ctx.failed() && !ctx.response().ended()) {
                    byte[] bytes = received.bytes();
                    // the chunks, copied, are not held for the check as well
                    received.drop();
                    read(ctx, bytes, limit, claim);
                }
            });
            request.resume();
        };
    }

    /** The claim on the service's body budget of this request, for a check to hold while it reads the body. */
    static BodyBudget.Claim claim(RoutingContext ctx) {
        return ctx.get(CLAIM);
    }

    private static void read(RoutingContext ctx, byte[] received, long limit, BodyBudget.Claim claim) {
        String coding = ctx.request().getHeader(HttpHeaderNames.CONTENT_ENCODING);
        coding = coding == null ? "identity" : coding.strip().toLowerCase(Locale.ROOT);
        byte[] bytes;
        try {
            bytes = decompress(coding, received, limit, claim);
        } catch (TooLarge e) {
            Responses.error(ctx, 413, "请求正文解压后超过上限 " + size(limit));
            return;
        } catch (OverBudget e) {
            Responses.unavailable(ctx, BUFFERS_FULL);
            return;
        } catch (IOException e) {
            String name = coding.replace("x-", "");
            Responses.error(ctx, 400, "请求正文无法按 " + name + " 解压：" + (e instanceof EOFException
                    ? "压缩数据不完整" : "正文不是 " + name + " 压缩的数据，请检查 Content-Encoding"));
            return;
        }
        String type = ctx.request().getHeader(HttpHeaderNames.CONTENT_TYPE);
        RequestBody body;
        if (type.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            try {
                body = form(type, bytes);
            } catch (RuntimeException e) {
                // a malformed part, too many or too long fields, no boundary: not all of them DecoderExceptions (a form
                // without a boundary fails with a NullPointerException), and all answered with the one message
                ctx.fail(400, e);
                return;
            }
            if (body == null) {
                Matcher boundary = BOUNDARY.matcher(type);
                Responses.error(ctx, 400, "表单不完整：缺少结束分隔行“--" + (boundary.find() ? boundary.group(1) : "") + "--”");
                return;
            }
            ctx.request().params().addAll(body.fields());
        } else {
            body = new RequestBody(bytes, MultiMap.caseInsensitiveMultiMap(), List.of());
        }
        ctx.put(KEY, body);
        ctx.next();
    }

    /**
     * The bytes with their content coding undone (admit has refused the codings not undone here); the claim grows with
     * the decompressed bytes, the compressed ones still held.
     */
    private static byte[] decompress(String coding, byte[] bytes, long limit, BodyBudget.Claim claim)
            throws IOException, TooLarge, OverBudget {
        if (coding.equals("gzip") || coding.equals("x-gzip")) {
            try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
                return inflate(in, limit, bytes.length, claim);
            }
        }
        if (coding.equals("deflate")) {
            // "deflate" is zlib (RFC 9110), but some clients send the raw stream: the zlib header tells them apart
            Inflater inflater = new Inflater(!zlib(bytes));
            try {
                return inflate(new InflaterInputStream(new ByteArrayInputStream(bytes), inflater), limit, bytes.length, claim);
            } finally {
                inflater.end();
            }
        }
        return bytes;
    }

    /**
     * Reads a decompressing stream, stopping as soon as it is over the limit or the budget: a small bomb is not
     * inflated whole.
     */
    private static byte[] inflate(InputStream in, long limit, long compressed, BodyBudget.Claim claim)
            throws IOException, TooLarge, OverBudget {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[64 * 1024];
        for (int read = in.read(chunk); read >= 0; read = in.read(chunk)) {
            if (out.size() + (long) read > limit) {
                throw new TooLarge();
            }
            if (!claim.cover(compressed + out.size() + read)) {
                throw new OverBudget();
            }
            out.write(chunk, 0, read);
        }
        return out.toByteArray();
    }

    private static boolean zlib(byte[] bytes) {
        return bytes.length >= 2 && (bytes[0] & 0x0f) == 8 && ((bytes[0] & 0xff) << 8 | (bytes[1] & 0xff)) % 31 == 0;
    }

    /**
     * A form's fields and files, or {@code null} when the body ends before the form's closing boundary: a part cut
     * short, or the last one never closed.
     */
    private static RequestBody form(String type, byte[] bytes) {
        HttpRequest request = new DefaultHttpRequest(HttpVersion.HTTP_1_1, HttpMethod.POST, "/");
        request.headers().set(HttpHeaderNames.CONTENT_TYPE, type);
        // in memory: the body is there already, and nothing is left on disk whatever happens
        HttpPostMultipartRequestDecoder decoder = new HttpPostMultipartRequestDecoder(new DefaultHttpDataFactory(false),
                request, StandardCharsets.UTF_8, HttpServerOptions.DEFAULT_MAX_FORM_FIELDS,
                HttpServerOptions.DEFAULT_MAX_FORM_BUFFERED_SIZE);
        MultiMap fields = MultiMap.caseInsensitiveMultiMap();
        List<Upload> uploads = new ArrayList<>();
        try {
            // as Vert.x offers it: the decoder moves past the closing boundary only when told of the end separately
            decoder.offer(new DefaultHttpContent(Unpooled.wrappedBuffer(bytes)));
            decoder.offer(LastHttpContent.EMPTY_LAST_CONTENT);
            while (decoder.hasNext()) {
                InterfaceHttpData data = decoder.next();
                if (data instanceof FileUpload file) {
                    uploads.add(new Upload(file.getName(), file.getFilename(), file.get()));
                } else if (data instanceof Attribute field) {
                    fields.add(field.getName(), field.getValue());
                }
            }
        } catch (HttpPostRequestDecoder.EndOfDataDecoderException e) {
            // what the decoder says once it has read the closing boundary and every part has been taken
            return new RequestBody(new byte[0], fields, List.copyOf(uploads));
        } catch (IOException e) {
            // parts are in memory: reading one cannot fail
            throw new IllegalStateException(e);
        } finally {
            decoder.destroy();
        }
        return null;
    }

    /** "10 MB", "256 KB": the limit as the user set it. */
    static String size(long bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        return bytes % 1024 == 0 ? bytes / 1024 + " KB" : bytes + " 字节";
    }

    /**
     * The body as it arrives, kept in its chunks rather than one growing buffer: a refused body's bytes are dropped at
     * once, though the client may still be sending the rest.
     */
    private static final class Received {
        private final List<Buffer> chunks = new ArrayList<>();
        private long length;

        void add(Buffer chunk) {
            chunks.add(chunk);
            length += chunk.length();
        }

        void drop() {
            chunks.clear();
            length = 0;
        }

        byte[] bytes() {
            byte[] bytes = new byte[(int) length];
            int at = 0;
            for (Buffer chunk : chunks) {
                chunk.getBytes(bytes, at);
                at += chunk.length();
            }
            return bytes;
        }
    }

    /** The decompressed body would be over the limit. */
    private static final class TooLarge extends Exception {
        TooLarge() {
            super(null, null, false, false);
        }
    }

    /** The decompressed body would take more than the budget has left. */
    private static final class OverBudget extends Exception {
        OverBudget() {
            super(null, null, false, false);
        }
    }
}

package dk.nextwork.platform.rest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;

import dk.nextwork.platform.http.ErrorAnswers;

/**
 * Request bodies of the REST API are at most {@value #MAX_BYTES} bytes: a larger declared length
 * is refused before anything is read, and a body without one stops being read at the limit
 * ({@link TooLargeException}, which {@link BadJsonErrors} answers). Both answer 413 with the
 * API's JSON.
 */
@Priority(Priorities.ENTITY_CODER)
public class BodyLimit implements ContainerRequestFilter, ReaderInterceptor {

    public static final int MAX_BYTES = 1 << 20;

    @Override
    public void filter(ContainerRequestContext request) {
        if (request.getLength() > MAX_BYTES) {
            request.abortWith(tooLarge());
        }
    }

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        context.setInputStream(new Limited(context.getInputStream()));
        return context.proceed();
    }

    /** A body read beyond the limit; answered 413 wherever the reader wraps it. */
    public static final class TooLargeException extends IOException {
        public TooLargeException() {
            super("the request body is too large");
        }
    }

    /** The answer to a body over the limit. */
    public static Response tooLarge() {
        return JsonErrors.answer(413, ErrorAnswers.apiMessage(413));
    }

    /** A body that refuses to be read beyond the limit. */
    private static final class Limited extends FilterInputStream {

        private long read;

        Limited(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count(b < 0 ? 0 : 1);
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            count(Math.max(n, 0));
            return n;
        }

        private void count(int bytes) throws TooLargeException {
            read += bytes;
            if (read > MAX_BYTES) {
                throw new TooLargeException();
            }
        }
    }
}

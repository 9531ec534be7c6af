package io.tollgate.adapter.provider.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ContentLengthStrategy;
import org.apache.hc.core5.http.io.HttpConnectionFactory;
import org.apache.hc.core5.http.io.SessionInputBuffer;

/**
 * Platform connections whose chunked bodies say, through {@link InputStream#available()}, when the next chunk has
 * already arrived. The client's own chunked stream says 0 at every chunk's end, even with the next chunks in its buffer;
 * a platform writes each stream event as a chunk of its own, so a caller would be flushed once per event.
 */
final class ChunkAwareConnections implements HttpConnectionFactory<ManagedHttpClientConnection> {

    static final ChunkAwareConnections INSTANCE = new ChunkAwareConnections();
    private static final AtomicLong COUNTER = new AtomicLong();

    private ChunkAwareConnections() {}

    @Override
    public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
        ManagedHttpClientConnection connection = new Connection("platform-" + COUNTER.getAndIncrement());
        if (socket != null) {
            connection.bind(socket);
        }
        return connection;
    }

    private static final class Connection extends DefaultManagedHttpClientConnection {

        Connection(String id) {
            super(id);
        }

        @Override
        protected InputStream createContentInputStream(long length, SessionInputBuffer buffer, InputStream socket) {
            InputStream content = super.createContentInputStream(length, buffer, socket);
            return length == ContentLengthStrategy.CHUNKED ? new NextChunkAware(content, buffer) : content;
        }
    }

    private static final class NextChunkAware extends FilterInputStream {

        /** A chunk's closing CRLF and the shortest size line ("0\r\n") of the next. */
        private static final int NEXT_CHUNK_BEGUN = 5;

        private final SessionInputBuffer buffer;

        NextChunkAware(InputStream chunks, SessionInputBuffer buffer) {
            super(chunks);
            this.buffer = buffer;
        }

        @Override
        public int available() throws IOException {
            int inChunk = super.available();
            return inChunk > 0 ? inChunk : buffer.length() >= NEXT_CHUNK_BEGUN ? 1 : 0;
        }
    }
}

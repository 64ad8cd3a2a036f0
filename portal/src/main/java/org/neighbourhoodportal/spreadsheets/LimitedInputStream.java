package org.neighbourhoodportal.spreadsheets;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Refuses to hand out more than a set number of bytes, so an unpacked part cannot grow without bound. */
public final class LimitedInputStream extends FilterInputStream {

    /** Thrown when the limit is passed; the reader turns it into a plain message. */
    public static final class LimitExceeded extends IOException {
        LimitExceeded(long limit) {
            super("More than " + limit + " bytes");
        }
    }

    private final long limit;
    private long count;

    public LimitedInputStream(InputStream in, long limit) {
        super(in);
        this.limit = limit;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            counted(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            counted(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        counted(skipped);
        return skipped;
    }

    private void counted(long n) throws LimitExceeded {
        count += n;
        if (count > limit) {
            throw new LimitExceeded(limit);
        }
    }
}

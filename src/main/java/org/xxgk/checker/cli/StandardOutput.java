package org.xxgk.checker.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;

/**
 * Standard output, which its reader may stop reading before the end ({@code check … | head}): what is written after
 * that is dropped, as other command-line tools do, and the command ends as it would have. Any other failure to write
 * (a full disk) still reaches the writer, so that the command fails instead of passing with its output lost.
 */
final class StandardOutput extends FilterOutputStream {
    private boolean readerGone;

    StandardOutput() {
        // the descriptor itself, not System.out, which swallows every write error
        super(new FileOutputStream(FileDescriptor.out));
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
        if (readerGone) {
            return;
        }
        try {
            out.write(bytes, offset, length);
        } catch (IOException e) {
            readerGone = isReaderGone(e);
            if (!readerGone) {
                throw e;
            }
        }
    }

    @Override
    public void flush() throws IOException {
        if (!readerGone) {
            out.flush();
        }
    }

    /** A pipe whose reader has closed it: EPIPE on Linux and macOS, a closing pipe on Windows. */
    private static boolean isReaderGone(IOException e) {
        String message = String.valueOf(e.getMessage());
        return message.contains("Broken pipe") || message.contains("pipe is being closed");
    }
}

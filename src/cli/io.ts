/**
 * The process's outside world as one value, so that `main(argv, io)` runs in-process in tests.
 */
import { escapeControls } from './escape.js';

/** Streams and environment of one CLI run. */
export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: NodeJS.ReadableStream;
  /** Standard error is an interactive terminal (a progress spinner may be drawn there). */
  isTTY: boolean;
  env: Record<string, string | undefined>;
  /** Directory relative paths are resolved against. */
  cwd: string;
}

/** Writes `text` to `stream` and resolves once it is handed to the system (or the stream failed). */
export function write(stream: NodeJS.WritableStream, text: string | Uint8Array): Promise<void> {
  return new Promise((resolve) => {
    if (text.length === 0) {
      resolve();
      return;
    }
    stream.write(text, () => resolve());
  });
}

/** Reads the whole of `stream` (standard input) as bytes. */
export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

/**
 * Prints the one-line failure report `bulletin: <path>: <message>` on standard error, control
 * characters in both escaped (a file name holding a newline or ESC stays one harmless line).
 */
export function reportFailure(io: Io, path: string, message: string): Promise<void> {
  return write(io.stderr, `bulletin: ${escapeControls(path)}: ${escapeControls(message)}\n`);
}

/**
 * Reading the checker's input: a file, stdin, or the bundled sample. Every problem becomes an
 * InputError with one clear line; the caller prints it and exits with code 2.
 */
import { readFile, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { htmlToText, looksLikeHtml } from './html-text';

export const MAX_BYTES = 20 * 1024 * 1024;

export class InputError extends Error {}

/** The bundled sample article (next to this file). */
export function samplePath(): string {
  try {
    return fileURLToPath(new URL('./sample-article.ja.txt', import.meta.url));
  } catch {
    // a test environment whose import.meta.url is not a file URL
    return resolve(process.cwd(), 'lib/cli/sample-article.ja.txt');
  }
}

/** Bytes → text: refuses binary data (NUL bytes) and invalid UTF-8; drops a BOM. */
export function decodeInput(bytes: Uint8Array, name: string): string {
  if (bytes.length > MAX_BYTES) {
    throw new InputError(
      `${name}: too large (${bytes.length} bytes; the limit is ${MAX_BYTES} bytes, 20 MB)`,
    );
  }
  if (bytes.includes(0)) throw new InputError(`${name}: looks like a binary file (it contains NUL bytes)`);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    throw new InputError(`${name}: not valid UTF-8 text`);
  }
}

export async function readPath(path: string): Promise<Uint8Array> {
  let info: Awaited<ReturnType<typeof stat>>;
  try {
    info = await stat(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new InputError(`${path}: no such file`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(`${path}: permission denied`);
    throw new InputError(`${path}: cannot read (${code ?? 'error'})`);
  }
  if (info.isDirectory()) throw new InputError(`${path}: is a directory, not a file`);
  if (!info.isFile()) throw new InputError(`${path}: not a regular file`);
  if (info.size > MAX_BYTES) {
    throw new InputError(`${path}: too large (${info.size} bytes; the limit is ${MAX_BYTES} bytes, 20 MB)`);
  }
  try {
    return new Uint8Array(await readFile(path));
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new InputError(`${path}: cannot read (${code ?? 'error'})`);
  }
}

/** Read a stream up to the size limit. */
export async function readStream(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk;
    size += bytes.length;
    if (size > MAX_BYTES) throw new InputError(`stdin: too large (over ${MAX_BYTES} bytes, 20 MB)`);
    chunks.push(bytes);
  }
  const out = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** The text that is checked: HTML becomes its visible text; plain text is kept as is. */
export function textToCheck(raw: string): { text: string; html: boolean } {
  if (looksLikeHtml(raw)) return { text: htmlToText(raw), html: true };
  return { text: raw, html: false };
}

import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';
import { isUtf8 } from 'node:buffer';
import { BadRequest, PayloadTooLarge, UnsupportedMediaType } from '../errors.js';
import type { InputFormat } from '../schemas/article.js';

/**
 * Turning the bytes of an upload into the page's text, refusing what is not
 * an article page. Every refusal says what to send instead. The HTTP API and
 * presigned uploads both go through here, so both accept the same inputs.
 */

export interface Transport {
  /** Content-Encoding header: identity, gzip, deflate or br. */
  contentEncoding?: string;
  /** charset parameter of Content-Type. */
  charset?: string;
}

const INFLATE: Record<string, (b: Buffer, o: { maxOutputLength: number }) => Buffer> = {
  gzip: gunzipSync, 'x-gzip': gunzipSync, deflate: inflateSync, br: brotliDecompressSync,
};

/** Decompresses with an output cap, so a small body that inflates to gigabytes (a zip bomb) stops at the limit. */
function inflate(bytes: Buffer, encoding: string, maxBytes: number): Buffer {
  const codec = encoding.trim().toLowerCase();
  if (!codec || codec === 'identity') return bytes;
  const fn = INFLATE[codec];
  if (!fn) throw new UnsupportedMediaType(undefined, `Content-Encoding "${encoding}" is not supported. Send the body uncompressed, or with gzip, deflate or br.`);
  try {
    return fn(bytes, { maxOutputLength: maxBytes + 1 });
  } catch (e) {
    if ((e as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE' || e instanceof RangeError) throw new PayloadTooLarge(maxBytes, 'after decompression');
    throw new BadRequest(`The body is not valid ${codec} data (Content-Encoding: ${encoding}). Send it uncompressed, or compress it again.`);
  }
}

/** File signatures of the binary formats scrapers send by mistake (PDF links, images, archives). */
const SIGNATURES: Array<[string, number, number[]]> = [
  ['a PDF document', 0, [0x25, 0x50, 0x44, 0x46]],
  ['a PNG image', 0, [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG image', 0, [0xff, 0xd8, 0xff]],
  ['a GIF image', 0, [0x47, 0x49, 0x46, 0x38]],
  ['a WebP image', 8, [0x57, 0x45, 0x42, 0x50]],
  ['a ZIP archive (or an Office document)', 0, [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip file (send it with Content-Encoding: gzip)', 0, [0x1f, 0x8b]],
  ['a 7-Zip archive', 0, [0x37, 0x7a, 0xbc, 0xaf]],
  ['a RAR archive', 0, [0x52, 0x61, 0x72, 0x21]],
  ['an MP4 video', 4, [0x66, 0x74, 0x79, 0x70]],
  ['an executable', 0, [0x7f, 0x45, 0x4c, 0x46]],
  ['a WebAssembly module', 0, [0x00, 0x61, 0x73, 0x6d]],
];

export function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, at, sig] of SIGNATURES) if (sig.every((b, i) => bytes[at + i] === b)) return kind;
  return null;
}

/** `<meta charset>` or its http-equiv form in the first KiB, as browsers pre-scan it. */
function metaCharset(bytes: Buffer): string | undefined {
  const head = bytes.subarray(0, 1024).toString('latin1');
  return head.match(/<meta[^>]{0,200}?charset\s*=\s*(?:["']\s*)?([\w-]{1,40})/i)?.[1];
}

function decoderFor(label: string): TextDecoder {
  try {
    return new TextDecoder(label, { fatal: true });
  } catch {
    throw new UnsupportedMediaType(undefined, `charset "${label}" is not supported. Send UTF-8, or name a charset the WHATWG Encoding Standard knows (e.g. windows-1252, iso-8859-2, shift_jis).`);
  }
}

function decode(bytes: Buffer, format: InputFormat, declared: string | undefined): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeAs(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeAs(bytes, 'utf-16be');
  const label = declared ?? (format === 'html' && !isUtf8(bytes) ? metaCharset(bytes) : undefined) ?? 'utf-8';
  return decodeAs(bytes, label);
}

function decodeAs(bytes: Buffer, label: string): string {
  const decoder = decoderFor(label);
  try {
    return decoder.decode(bytes);
  } catch {
    const text = new TextDecoder(decoder.encoding).decode(bytes);
    const at = Buffer.byteLength(text.slice(0, text.indexOf('\uFFFD')));
    throw new BadRequest(
      `The body is not valid ${decoder.encoding} (first invalid byte at offset ${at}). Declare the charset the page really uses in Content-Type, e.g. "text/html; charset=windows-1252".`,
      { offset: at },
    );
  }
}

/**
 * C0 control characters other than tab, line feed, vertical tab, form feed
 * and carriage return never occur in a page's text: they mean a binary file
 * or a mangled scrape.
 */
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/;

export function checkText(text: string, field = 'body'): void {
  const at = text.search(CONTROL);
  if (at >= 0) {
    const code = `U+${text.charCodeAt(at).toString(16).toUpperCase().padStart(4, '0')}`;
    const what = code === 'U+0000' ? 'a NUL byte (is it a binary file, or UTF-16 without a byte-order mark?)' : `the control character ${code}`;
    throw new BadRequest(`The ${field} contains ${what} at character ${at}. Send the page's text or HTML with control characters removed.`, { offset: at });
  }
  if (text.trim().length === 0) throw new BadRequest(`The ${field} is empty: send the page text or HTML.`);
}

/**
 * Browsers stop nesting at 512 levels; no article page comes near. A page
 * nested thousands deep is hostile (it is built to exhaust parsers), so it is
 * refused up front. Counted in one pass over tag openings and closings;
 * elements that close themselves implicitly (p, li, td...) and void
 * elements do not count, and script and style bodies are skipped.
 */
export const MAX_HTML_DEPTH = 1024;
const VOID_OR_IMPLIED = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'rb', 'rt', 'rp', 'thead', 'tbody', 'tfoot', 'colgroup', 'caption',
]);

const CLOSE: Record<string, RegExp> = { script: /<\/script/gi, style: /<\/style/gi };

export function htmlNestingDepth(html: string, stopAt = Infinity): number {
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9:-]{0,40})/g;
  let depth = 0;
  let max = 0;
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2].toLowerCase();
    if (VOID_OR_IMPLIED.has(name)) continue;
    if (m[1]) depth = Math.max(0, depth - 1);
    else if (name === 'script' || name === 'style') {
      const close = CLOSE[name];
      close.lastIndex = tag.lastIndex;
      tag.lastIndex = close.exec(html) ? close.lastIndex : html.length;
    } else if (++depth > max && (max = depth) > stopAt) break;
  }
  return max;
}

/** The page text of an upload's bytes, or a problem that says what to send instead; `checkUploadText` follows. */
export function decodeUploadBody(raw: Uint8Array, format: InputFormat, transport: Transport, maxBytes: number): string {
  const bytes = inflate(Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength), transport.contentEncoding ?? '', maxBytes);
  if (bytes.length > maxBytes) throw new PayloadTooLarge(maxBytes);
  const kind = binaryKind(bytes);
  if (kind) throw new UnsupportedMediaType(undefined, `The body looks like ${kind}, not an article page. Send the page's HTML (text/html) or its text (text/plain).`);
  return decode(bytes, format, transport.charset);
}

/**
 * Page text is words and lines. A run this long without a space or line
 * break (longer than a page of CJK text without a paragraph break) is a dump
 * of encoded data, not an article. HTML is exempt: data: URIs of inline
 * images are legitimately that long.
 */
export const MAX_TEXT_RUN = 65_536;

export function longestRun(text: string, stopAt = Infinity): number {
  let run = 0;
  let max = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c <= 32 || c === 0xa0 || c === 0x3000 || c === 0x2028 || c === 0x2029) run = 0;
    else if (++run > max && (max = run) > stopAt) break;
  }
  return max;
}

/** The checks on page text, whichever way it came (raw body, JSON field, presigned upload). */
export function checkUploadText(text: string, format: InputFormat, field = 'body'): void {
  checkText(text, field);
  if (format === 'text' && longestRun(text, MAX_TEXT_RUN) > MAX_TEXT_RUN)
    throw new BadRequest(`The ${field} has a run of more than ${MAX_TEXT_RUN} characters without a space or line break: page text is words and lines. Was it encoded data, or HTML sent as text/plain?`);
  if (format === 'html') {
    const depth = htmlNestingDepth(text, MAX_HTML_DEPTH);
    if (depth > MAX_HTML_DEPTH)
      throw new BadRequest(`The HTML${field === 'body' ? '' : ` in ${field}`} nests elements more than ${MAX_HTML_DEPTH} levels deep; browsers stop at 512 and no article page comes near. Send the page as a browser saved it, or its text as text/plain.`);
  }
}

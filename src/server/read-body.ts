/**
 * Reads a request body into memory with a size limit, so that a client cannot exhaust memory.
 */
import type { IncomingMessage } from 'node:http';

/** Thrown by `readBody` when the body is larger than the limit. */
export class BodyTooLargeError extends Error {
  constructor(readonly limit: number) {
    super(`Isi permintaan melebihi ${limit} bita.`);
    this.name = 'BodyTooLargeError';
  }
}

/**
 * Collects the body of `req`, rejecting with `BodyTooLargeError` as soon as it exceeds
 * `limit` bytes (checked against `Content-Length` first, then while streaming).
 */
export function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const declared = Number(req.headers['content-length']);
    if (Number.isFinite(declared) && declared > limit) {
      reject(new BodyTooLargeError(limit));
      return;
    }
    const chunks: Buffer[] = [];
    let size = 0;
    let failed = false;
    req.on('data', (chunk: Buffer) => {
      if (failed) return;
      size += chunk.length;
      if (size > limit) {
        failed = true;
        reject(new BodyTooLargeError(limit));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!failed) resolve(Buffer.concat(chunks));
    });
    req.on('error', (err) => {
      if (!failed) reject(err);
    });
  });
}

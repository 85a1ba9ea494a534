import { describe, expect, it } from 'vitest';
import { decodePackage, encodePackage, looksLikePackage, PACKAGE_FORMAT } from '../../../src/review/package-format';

const header = { projectId: '0123456789abcdef0123456789abcdef', packageId: 'pkg000000001', createdAt: '2026-01-01T00:00:00.000Z', reviewer: 'Siti' };
const payload = { hello: 'Pasal 12', events: Array.from({ length: 50 }, (_, i) => ({ i, body: `komentar ${i}` })) };

describe('review package container', () => {
  it('round-trips header and payload', () => {
    const bytes = encodePackage(header, payload);
    expect(looksLikePackage(bytes)).toBe(true);
    expect(decodePackage(bytes)).toEqual({ header, payload });
  });

  it('detects a flipped bit at every position of a small package', () => {
    const bytes = encodePackage(header, { a: 1 });
    for (let i = 0; i < bytes.length; i++) {
      const bad = Buffer.from(bytes);
      bad[i]! ^= 0x01;
      expect(() => decodePackage(bad), `byte ${i}`).toThrow(expect.objectContaining({ message: expect.stringMatching(/Tidak ada yang diubah/) }));
    }
  });

  it('detects truncation at any length', () => {
    const bytes = encodePackage(header, payload);
    for (const n of [0, 10, 15, 16, 60, Math.floor(bytes.length / 2), bytes.length - 1]) {
      expect(() => decodePackage(bytes.subarray(0, n)), `length ${n}`).toThrow();
    }
  });

  it('refuses a newer format before trusting anything else', () => {
    const bytes = Buffer.from(encodePackage(header, payload).toString('latin1').replace(`RANCANG-REVIEW ${PACKAGE_FORMAT}`, `RANCANG-REVIEW ${PACKAGE_FORMAT + 1}`), 'latin1');
    expect(() => decodePackage(bytes)).toThrow(expect.objectContaining({ code: 'PROJECT_TOO_NEW' }));
  });
});

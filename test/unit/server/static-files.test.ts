import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isAllowedHost, isAllowedOrigin } from '../../../src/server/request-guard';
import { contentTypeFor, resolveStaticPath } from '../../../src/server/static-files';
import { readCookie, tokenMatches } from '../../../src/server/token';

const root = path.resolve('/srv/renderer');

describe('resolveStaticPath', () => {
  it('maps URL paths into the root, / to index.html', () => {
    expect(resolveStaticPath(root, '/')).toBe(path.join(root, 'index.html'));
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(path.join(root, 'assets', 'app.js'));
    expect(resolveStaticPath(root, '/assets/nama%20berkas.css')).toBe(
      path.join(root, 'assets', 'nama berkas.css'),
    );
  });

  it('refuses dot segments, encoded or not, backslashes, NUL and drive letters', () => {
    for (const p of [
      '/../x',
      '/a/../../x',
      '/%2e%2e/x',
      '/a/%2E%2E/%2e%2e/x',
      '/..%2fx',
      '/.',
      '/a\\..\\x',
      '/a%5c..%5cx',
      '/a%00',
      '/C:/Windows',
      'x',
      '/%zz',
    ]) {
      expect(resolveStaticPath(root, p), p).toBeNull();
    }
  });
});

describe('request helpers', () => {
  it('knows content types', () => {
    expect(contentTypeFor('a/index.html')).toBe('text/html; charset=utf-8');
    expect(contentTypeFor('x.WOFF2')).toBe('font/woff2');
    expect(contentTypeFor('x.unknown')).toBe('application/octet-stream');
  });

  it('accepts only the loopback Host and Origin of its own port', () => {
    expect(isAllowedHost('127.0.0.1:8080', 8080)).toBe(true);
    expect(isAllowedHost('LOCALHOST:8080', 8080)).toBe(true);
    expect(isAllowedHost('127.0.0.1:8081', 8080)).toBe(false);
    expect(isAllowedHost('attacker.example:8080', 8080)).toBe(false);
    expect(isAllowedHost(undefined, 8080)).toBe(false);
    expect(isAllowedOrigin(undefined, 8080)).toBe(true);
    expect(isAllowedOrigin('http://localhost:8080', 8080)).toBe(true);
    expect(isAllowedOrigin('https://127.0.0.1:8080', 8080)).toBe(false);
    expect(isAllowedOrigin('null', 8080)).toBe(false);
  });

  it('reads cookies and compares tokens', () => {
    expect(readCookie('a=1; rancang_token=abc; b=2', 'rancang_token')).toBe('abc');
    expect(readCookie('xrancang_token=abc', 'rancang_token')).toBeUndefined();
    expect(tokenMatches('abc', 'abc')).toBe(true);
    expect(tokenMatches('abd', 'abc')).toBe(false);
    expect(tokenMatches('ab', 'abc')).toBe(false);
    expect(tokenMatches(undefined, 'abc')).toBe(false);
  });
});

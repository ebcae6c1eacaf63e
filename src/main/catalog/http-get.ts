/**
 * The one network request the app makes for itself (issue 11): a GET for the published catalog.
 * Built on node:https so that exactly what is sent is in this file: the request line, Host, a
 * plain User-Agent and `Connection: close`. No cookies (Node has no cookie jar), no other headers,
 * no body. Bounded in time and in size; redirects are followed only to https (or, for tests, to
 * the same 127.0.0.1 origin), at most three.
 */
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';

/** How a GET went. */
export type HttpGetResult =
  | { readonly kind: 'ok'; readonly body: string }
  | { readonly kind: 'failed'; readonly reason: 'timeout' | 'too-large' | 'network' | 'status' | 'refused-url'; readonly status?: number };

/** The limits of one GET. */
export interface HttpGetOptions {
  readonly userAgent: string;
  /** Whole request, redirects included. */
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects?: number;
}

/** A GET, as the daily check sees it: a port so tests can count calls. */
export type HttpGet = (url: string, options: HttpGetOptions) => Promise<HttpGetResult>;

function allowed(url: URL, first: URL): boolean {
  if (url.protocol === 'https:') return url.username === '' && url.password === '';
  return url.protocol === 'http:' && url.hostname === '127.0.0.1' && url.origin === first.origin;
}

/** GET `url` with nothing but a User-Agent; never throws. */
export const httpGet: HttpGet = (raw, options) =>
  new Promise((resolve) => {
    let settled = false;
    const finish = (result: HttpGetResult): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const timer = setTimeout(() => {
      current?.destroy();
      finish({ kind: 'failed', reason: 'timeout' });
    }, options.timeoutMs);
    let current: ReturnType<typeof httpRequest> | undefined;
    let first: URL;
    try {
      first = new URL(raw);
    } catch {
      finish({ kind: 'failed', reason: 'refused-url' });
      return;
    }
    const go = (url: URL, redirectsLeft: number): void => {
      if (!allowed(url, first)) {
        finish({ kind: 'failed', reason: 'refused-url' });
        return;
      }
      const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
      current = send(url, { method: 'GET', agent: false, headers: { 'User-Agent': options.userAgent } }, (response: IncomingMessage) => {
        const status = response.statusCode ?? 0;
        const location = response.headers.location;
        if (status >= 300 && status < 400 && location !== undefined) {
          response.resume();
          if (redirectsLeft <= 0) return finish({ kind: 'failed', reason: 'status', status });
          let next: URL;
          try {
            next = new URL(location, url);
          } catch {
            return finish({ kind: 'failed', reason: 'refused-url' });
          }
          return go(next, redirectsLeft - 1);
        }
        if (status !== 200) {
          response.resume();
          return finish({ kind: 'failed', reason: 'status', status });
        }
        const declared = Number(response.headers['content-length'] ?? '0');
        if (declared > options.maxBytes) {
          response.destroy();
          return finish({ kind: 'failed', reason: 'too-large' });
        }
        const chunks: Buffer[] = [];
        let size = 0;
        response.on('data', (chunk: Buffer) => {
          size += chunk.length;
          if (size > options.maxBytes) {
            response.destroy();
            finish({ kind: 'failed', reason: 'too-large' });
          } else chunks.push(chunk);
        });
        response.on('end', () => {
          try {
            finish({ kind: 'ok', body: new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(chunks)) });
          } catch {
            finish({ kind: 'failed', reason: 'network' });
          }
        });
        response.on('error', () => finish({ kind: 'failed', reason: 'network' }));
      });
      current.on('error', () => finish({ kind: 'failed', reason: 'network' }));
      current.end();
    };
    go(first, options.maxRedirects ?? 3);
  });

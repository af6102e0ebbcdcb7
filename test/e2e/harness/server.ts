/**
 * The local HTTPS server that plays vk.com, vk.ru, m.vk.com, ok.ru and m.ok.ru: Chromium resolves
 * those names to it (--host-resolver-rules), so the manifest's real match patterns are exercised.
 * Pages come from test/fixtures (see test/fixtures/routes.ts); tests may add pages at run time.
 */
import { createServer, type Server } from 'node:https';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { fixtureRoutes, resolveFixture, siteOfHost, type Site } from '../../fixtures/routes';
import { ensureCertificate } from './certificate';
import { renderDemoIndex } from './demo-index';

export const FIXTURES_DIR = resolve(import.meta.dirname, '../../fixtures');
const CERT_DIR = resolve(import.meta.dirname, '../.cert');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.json': 'application/json; charset=utf-8',
};

export interface FixtureServer {
  port: number;
  /** Serve `html` at https://<site host>/<path> for the rest of the run. */
  setPage(site: Site, path: string, html: string): void;
  close(): Promise<void>;
}

export async function startFixtureServer(port = 0): Promise<FixtureServer> {
  const extraPages = new Map<string, string>();
  const { key, cert } = ensureCertificate(CERT_DIR);
  const server: Server = createServer({ key, cert }, async (req, res) => {
    try {
      const url = new URL(req.url ?? '/', `https://${req.headers.host ?? 'localhost'}`);
      const site = siteOfHost(url.host);
      const extra = extraPages.get(`${site}${url.pathname}`);
      if (extra !== undefined) return send(res, 200, CONTENT_TYPES['.html']!, extra);
      if (url.pathname === '/' && (site === 'other' || url.searchParams.has('otklik-demo'))) {
        return send(res, 200, CONTENT_TYPES['.html']!, renderDemoIndex(fixtureRoutes));
      }
      const route = resolveFixture(url.host, url.pathname, url.searchParams);
      if (route) return send(res, 200, CONTENT_TYPES['.html']!, await readFile(join(FIXTURES_DIR, route.file)));
      // Static assets referenced by fixtures: /__fixtures__/<path under test/fixtures>.
      if (url.pathname.startsWith('/__fixtures__/')) {
        const relative = normalize(decodeURIComponent(url.pathname.slice('/__fixtures__/'.length)));
        if (relative.startsWith('..')) return send(res, 403, 'text/plain', 'forbidden');
        const type = CONTENT_TYPES[extname(relative)] ?? 'application/octet-stream';
        return send(res, 200, type, await readFile(join(FIXTURES_DIR, relative)));
      }
      if (url.pathname === '/favicon.ico') return send(res, 204, 'text/plain', '');
      return send(res, 404, CONTENT_TYPES['.html']!, `<!doctype html><meta charset="utf-8"><title>404</title><p>Нет такой страницы в демо: ${escapeHtml(url.href)}</p><p><a href="/?otklik-demo">Все демо-страницы</a></p>`);
    } catch (error) {
      send(res, 500, 'text/plain; charset=utf-8', String(error));
    }
  });
  await new Promise<void>((done) => server.listen(port, '127.0.0.1', done));
  return {
    port: (server.address() as AddressInfo).port,
    setPage: (site, path, html) => extraPages.set(`${site}${path}`, html),
    close: () => new Promise((done) => server.close(() => done())),
  };
}

function send(res: import('node:http').ServerResponse, status: number, type: string, body: string | Buffer) {
  res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store' });
  res.end(body);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * A small static file server for dist/, on loopback only: what the browser
 * tests and the benchmark read the built site through. Behaves like a static
 * host: /dir/ serves /dir/index.html, unknown paths get /404.html with status
 * 404, the _headers file's headers are applied to every response, and text is
 * gzipped for clients that accept it (as every CDN does, so the benchmark
 * measures what readers get).
 */
const COMPRESSIBLE = /^(text\/|application\/(json|xml|javascript)|image\/svg)/;
const gzipCache = new Map();
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { existsSync, readFileSync } from 'node:fs';
import { extname, join, normalize, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.ico': 'image/x-icon',
};

/**
 * Rules of a Netlify/Cloudflare-style `_headers` file: a path pattern ("/*",
 * "/_astro/*") and the headers for paths it matches.
 */
function headerRules(root) {
  const file = join(root, '_headers');
  if (!existsSync(file)) return [];
  const rules = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const prefix = line.trim().replace(/\*$/, '');
      rules.push({ prefix, headers: {} });
      continue;
    }
    const m = /^\s+([^:]+):\s*(.*)$/.exec(line);
    if (m && rules.length) rules.at(-1).headers[m[1].trim()] = m[2].trim();
  }
  return rules;
}

const headersFor = (rules, path) => Object.assign({}, ...rules.filter((r) => path.startsWith(r.prefix)).map((r) => r.headers));

export async function startServer({ root = 'dist', port = 0, host = '127.0.0.1' } = {}) {
  const base = resolve(root);
  const rules = headerRules(base);
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let path = decodeURIComponent(url.pathname);
    const file = normalize(join(base, path));
    if (!file.startsWith(base)) {
      res.writeHead(400).end();
      return;
    }
    let target = file;
    try {
      const s = await stat(target);
      if (s.isDirectory()) {
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${path}/${url.search}` }).end();
          return;
        }
        target = join(target, 'index.html');
      }
      let body = await readFile(target);
      const type = TYPES[extname(target)] ?? 'application/octet-stream';
      const headers = { 'content-type': type, vary: 'Accept-Encoding', ...headersFor(rules, path) };
      if (COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        if (!gzipCache.has(target)) gzipCache.set(target, gzipSync(body));
        body = gzipCache.get(target);
        headers['content-encoding'] = 'gzip';
      }
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      const lang = path.startsWith('/zh-hant/') ? 'zh-hant/' : 'en/';
      const notFound = [join(base, lang, '404.html'), join(base, '404.html')].find((f) => existsSync(f));
      res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', ...headersFor(rules, '/') });
      res.end(notFound ? await readFile(notFound) : 'Not found');
    }
  });
  await new Promise((ok) => server.listen(port, host, ok));
  const address = server.address();
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    close: () => new Promise((ok) => server.close(ok)),
  };
}

// `node scripts/static-server.mjs [root] [port]` serves until stopped.
if (import.meta.url === `file://${process.argv[1]}`) {
  const s = await startServer({ root: process.argv[2] ?? 'dist', port: Number(process.argv[3] ?? 4322) });
  console.log(`serving ${process.argv[2] ?? 'dist'} at ${s.url}/`);
}

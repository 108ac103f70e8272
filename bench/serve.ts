// A static server over dist/ that behaves like a real static host, for the bench's Lighthouse
// runs: `astro preview` sends nothing compressed, so a page scored through it pays for bytes
// no reader's host would send. Brotli (else gzip) for text, the right content types, a
// directory's index.html, /dir → /dir/, the site's 404 page, and cache headers as a CDN
// would set them: Astro's hashed files under /_astro/ are immutable, everything else is
// revalidated. Standalone: `npx node bench/serve.ts [port]` serves dist/ on 4397.
import { createReadStream, readdirSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, join, normalize, sep } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.mjs': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.jpg': 'image/jpeg',
	'.jpeg': 'image/jpeg',
	'.webp': 'image/webp',
	'.avif': 'image/avif',
	'.ico': 'image/x-icon',
	'.txt': 'text/plain; charset=utf-8',
	'.xml': 'application/xml; charset=utf-8',
	'.webmanifest': 'application/manifest+json',
	'.wasm': 'application/wasm',
	'.woff2': 'font/woff2',
	// Pagefind's index and fragments: already compressed by Pagefind itself.
	'.pf_meta': 'application/octet-stream',
	'.pf_index': 'application/octet-stream',
	'.pf_fragment': 'application/octet-stream',
};
const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg\+xml)/;

/** Compressed bodies, made once per file and encoding: a host or CDN keeps them too. */
const cache = new Map<string, Buffer>();

function encode(path: string, body: Buffer, encoding: 'br' | 'gzip'): Buffer {
	const key = `${encoding}:${path}`;
	let out = cache.get(key);
	if (!out) {
		out =
			encoding === 'br'
				? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
				: gzipSync(body, { level: 9 });
		cache.set(key, out);
	}
	return out;
}

async function isFile(path: string) {
	try {
		return (await stat(path)).isFile();
	} catch {
		return false;
	}
}

async function isDir(path: string) {
	try {
		return (await stat(path)).isDirectory();
	} catch {
		return false;
	}
}

/** Every file under `dir`. */
function filesIn(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
		entry.isDirectory() ? filesIn(join(dir, entry.name)) : [join(dir, entry.name)],
	);
}

/**
 * Serves `root` on `port` (every local address, localhost included); resolves once it
 * listens. Text files are compressed before the first request, as a host that serves
 * precompressed files (or a warm CDN) does: otherwise each page's first request, the only
 * one Lighthouse makes, would wait for brotli at its best (tens of ms).
 */
export function serveStatic(root: string, port: number): Promise<Server> {
	for (const file of filesIn(root)) {
		// Pagefind's files load only when a reader searches: compressed when asked.
		if (!COMPRESSIBLE.test(TYPES[extname(file)] ?? '') || file.includes(`${sep}pagefind${sep}`)) continue;
		// Brotli only: every browser Lighthouse or a reader uses asks for it; gzip is made when asked.
		encode(file, readFileSync(file), 'br');
	}
	const server = createServer(async (req, res) => {
		try {
			const url = new URL(req.url ?? '/', 'http://localhost');
			let pathname: string;
			try {
				pathname = decodeURIComponent(url.pathname);
			} catch {
				pathname = '/';
			}
			// Never outside root, whatever the request says.
			const path = normalize(join(root, pathname));
			if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) {
				res.writeHead(403).end();
				return;
			}
			let file = path;
			let status = 200;
			if (await isDir(path)) {
				// A static host sends /push to /push/ before serving its index.html.
				if (!url.pathname.endsWith('/')) {
					res.writeHead(301, { location: `${url.pathname}/${url.search}` }).end();
					return;
				}
				file = join(path, 'index.html');
			}
			if (!(await isFile(file))) {
				file = join(root, '404.html');
				status = 404;
				if (!(await isFile(file))) {
					res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
					return;
				}
			}
			const type = TYPES[extname(file)] ?? 'application/octet-stream';
			const headers: Record<string, string> = {
				'content-type': type,
				// Hashed file names change with their content: cached for a year, never asked again.
				// Everything else (pages, the service worker, favicon) is checked on each visit.
				'cache-control':
					status === 200 && url.pathname.startsWith('/_astro/')
						? 'public, max-age=31536000, immutable'
						: 'public, max-age=0, must-revalidate',
				'x-content-type-options': 'nosniff',
				vary: 'accept-encoding',
			};
			const accepts = String(req.headers['accept-encoding'] ?? '');
			const encoding = /\bbr\b/.test(accepts) ? 'br' : /\bgzip\b/.test(accepts) ? 'gzip' : null;
			if (!encoding || !COMPRESSIBLE.test(type)) {
				const size = (await stat(file)).size;
				res.writeHead(status, { ...headers, 'content-length': String(size) });
				if (req.method === 'HEAD') res.end();
				else createReadStream(file).pipe(res);
				return;
			}
			const body = encode(file, await readFile(file), encoding);
			res.writeHead(status, { ...headers, 'content-encoding': encoding, 'content-length': String(body.length) });
			res.end(req.method === 'HEAD' ? undefined : body);
		} catch (error) {
			if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' });
			res.end(String(error));
		}
	});
	return new Promise((resolve, reject) => {
		server.once('error', reject);
		server.listen(port, () => resolve(server));
	});
}

if (import.meta.main) {
	const port = Number(process.argv[2] ?? process.env['BENCH_PORT'] ?? 4397);
	const root = new URL('../dist', import.meta.url).pathname;
	await serveStatic(root, port);
	console.log(`serving ${root} compressed on http://localhost:${port}/`);
}

/**
 * Stands in for `msw` in the site's build (browser and build-time pictures alike): the part
 * of MSW's API the practice service's handlers use (`http.get`/`post`/`all` with `*` and
 * `:param` paths, `HttpResponse.json`/`error`, `getResponse`), with MSW's semantics: handlers
 * are tried in order, a resolver that returns nothing passes the request on, a thrown error
 * rejects. MSW's own request handling brings its URL matcher, request ids, cookie parsing,
 * response decoration and interceptors' fetch helpers, 11 KB gzip of the practice page's
 * JavaScript, for features the service does not use. The unit tests run on the real MSW
 * (msw/node, overrides with `use()`), and tests/unit/msw-lite.test.ts walks every flow on
 * this one too.
 */

export type PathParams = Record<string, string | readonly string[] | undefined>;
type Resolver = (info: { request: Request; params: PathParams }) => Response | undefined | Promise<Response | undefined>;

export interface RequestHandler {
	readonly method: string | null;
	readonly test: (url: string) => PathParams | null;
	readonly resolver: Resolver;
}

/** MSW's path syntax: `*` is anything, `:name` one path segment; the query string is not part of the match. */
function matcher(path: string): RequestHandler['test'] {
	const source = path
		.split(/(\*|:[A-Za-z_][A-Za-z0-9_]*)/)
		.map((part) =>
			part === '*' ? '.*' : part.startsWith(':') ? `(?<${part.slice(1)}>[^/]+)` : part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'),
		)
		.join('');
	const pattern = new RegExp(`^${source}/?$`);
	return (url) => {
		const { origin, pathname } = new URL(url);
		const match = pattern.exec(origin + pathname);
		if (!match) return null;
		return Object.fromEntries(Object.entries(match.groups ?? {}).map(([name, value]) => [name, value && decodeURIComponent(value)]));
	};
}

const handler =
	(method: string | null) =>
	(path: string, resolver: Resolver): RequestHandler => ({ method, test: matcher(path), resolver });

export const http = { all: handler(null), get: handler('GET'), post: handler('POST'), put: handler('PUT'), delete: handler('DELETE') };

export const HttpResponse = {
	json: (body: unknown, init?: ResponseInit) => Response.json(body, init),
	text: (body: string, init?: ResponseInit) => new Response(body, init),
	/** A request that never arrives, as a network failure. */
	error: () => Response.error(),
};

/** The first answer a handler gives for the request, or undefined when none answers. */
export async function getResponse(handlers: readonly RequestHandler[], request: Request): Promise<Response | undefined> {
	for (const h of handlers) {
		if (h.method && h.method !== request.method) continue;
		const params = h.test(request.url);
		if (!params) continue;
		// Each resolver gets its own copy: one that passes the request on may have read the body.
		const response = await h.resolver({ request: request.clone(), params });
		if (response) return response;
	}
	return undefined;
}

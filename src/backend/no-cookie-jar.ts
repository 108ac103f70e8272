/**
 * Stands in for `tough-cookie` in the site's build (astro.config.mjs aliases it here), and
 * only there: MSW runs as it is, with a cookie jar that keeps nothing.
 *
 * In a browser MSW keeps a jar of the cookies its mocked responses set
 * (msw/src/core/utils/cookie-store.ts, made when MSW loads), on tough-cookie, which brings
 * tldts and its copy of the public suffix list: measured in the site's build (MSW 3.0.5),
 * MSW's request handling was 132.8 KB gzip with it and 13.4 KB without, and the
 * push practice page 206.2 KB gzip of JavaScript through every step against 88.4, over the
 * page's budget of 110 KB. The practice service sets no cookie and reads none
 * (./handlers.ts), so the jar never has anything to keep; a request's own Cookie header and
 * `document.cookie` are still read by MSW itself. The unit tests run MSW with the real jar
 * (msw/node keeps none), and tests/unit/no-cookie-jar.test.ts holds this one to the part of
 * tough-cookie's API that MSW's jar calls.
 */

/** A stored cookie, as MSW's jar reads it back from localStorage: none is ever stored here. */
export class Cookie {
	key = '';
	value = '';
	static fromJSON(_json: unknown): Cookie | null {
		return null;
	}
	toJSON(): Record<string, unknown> {
		return {};
	}
}

/** The jar's index by domain and path, which MSW saves to localStorage after a Set-Cookie: always empty. */
export class MemoryCookieStore {
	idx: Record<string, Record<string, Record<string, Cookie>>> = {};
}

export class CookieJar {
	constructor(readonly store?: MemoryCookieStore) {}
	/** The cookies for a request's URL: none. */
	getCookiesSync(_url: string): Cookie[] {
		return [];
	}
	/** A cookie a mocked response set: forgotten. */
	async setCookie(_cookie: string, _url: string): Promise<void> {}
}

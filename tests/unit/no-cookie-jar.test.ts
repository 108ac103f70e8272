import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as jar from '../../src/backend/no-cookie-jar';

// MSW's own cookie jar, as the site's build bundles it (msw/lib, the package's browser code).
const lib = join(dirname(createRequire(import.meta.url).resolve('msw')), '..');
const store = readFileSync(join(lib, '_chunks/cookie-store.js'), 'utf8');

describe('the cookie jar the site’s build gives MSW (src/backend/no-cookie-jar.ts)', () => {
	it('has every name MSW’s jar imports from tough-cookie, and every method it calls', () => {
		const imported = /import \{([^}]*)\} from "tough-cookie"/
			.exec(store)?.[1]
			?.split(',')
			.map((name) => name.trim());
		expect(imported?.length, 'MSW no longer imports tough-cookie as it did: look at its cookie-store again').toBeGreaterThan(0);
		for (const name of imported ?? []) expect(Object.keys(jar), name).toContain(name);
		const methods = [...store.matchAll(/#jar\.(\w+)\(/g)].map((m) => m[1]!);
		expect(methods.length).toBeGreaterThan(0);
		for (const method of methods) expect(typeof Reflect.get(jar.CookieJar.prototype, method), method).toBe('function');
		for (const method of [...store.matchAll(/\bCookie\.(\w+)\(/g)].map((m) => m[1]!)) {
			expect(typeof Reflect.get(jar.Cookie, method), `Cookie.${method}`).toBe('function');
		}
	});

	it('keeps nothing: no cookie for any address, a set cookie forgotten, none read back from storage', async () => {
		const store = new jar.MemoryCookieStore();
		const cookies = new jar.CookieJar(store);
		await cookies.setCookie('a=1; Path=/', 'https://example.ac.jp/__practice/api/signin');
		expect(cookies.getCookiesSync('https://example.ac.jp/__practice/api/signin')).toEqual([]);
		expect(store.idx).toEqual({});
		expect(jar.Cookie.fromJSON({ key: 'a', value: '1', domain: 'example.ac.jp', path: '/' })).toBeNull();
	});
});

import { describe, expect, it, vi } from 'vitest';

// The site's build swaps MSW for src/backend/msw-lite.ts (astro.config.mjs): here too, so that
// the service's handlers and the in-process service run on it, as they do in the page.
vi.mock('msw', async () => await import('../../src/backend/msw-lite'));

const { getResponse, HttpResponse, http } = await import('../../src/backend/msw-lite');
const { recordSeeds, seededRandom } = await import('../../src/flows/runtime');
const { EDITION_METHODS, loadFlow } = await import('../../src/methods');
const { stepsOf } = await import('../../src/steps');

const request = (method: string, url: string, body?: unknown) =>
	new Request(url, {
		method,
		...(body === undefined ? {} : { body: JSON.stringify(body), headers: { 'content-type': 'application/json' } }),
	});

describe('the MSW stand-in', () => {
	it('matches MSW’s paths: * for anything, :name for a segment (decoded), any query string, the method', async () => {
		const handlers = [
			http.get('*/__practice/api/push/:id', ({ params }) => HttpResponse.json({ get: params['id'] })),
			http.post('*/__practice/api/carrier/:number/calls/:id', ({ params }) => HttpResponse.json(params)),
		];
		const get = await getResponse(handlers, request('GET', 'https://example.ac.jp/mfa/__practice/api/push/a%20b?x=1'));
		expect(await get?.json()).toEqual({ get: 'a b' });
		const post = await getResponse(handlers, request('POST', 'http://localhost:4321/__practice/api/carrier/09012345678/calls/c1'));
		expect(await post?.json()).toEqual({ number: '09012345678', id: 'c1' });
		expect(await getResponse(handlers, request('POST', 'http://localhost/__practice/api/push/1'))).toBeUndefined();
		expect(await getResponse(handlers, request('GET', 'http://localhost/__practice/api/push/1/more'))).toBeUndefined();
		expect(await getResponse(handlers, request('GET', 'http://localhost/other/api/push/1'))).toBeUndefined();
	});

	it('tries handlers in order: one that returns nothing passes the request (body and all) on; error() is a network failure', async () => {
		const seen: unknown[] = [];
		const handlers = [
			http.all('*/api/*', async ({ request }) => {
				seen.push(await request.json());
				return undefined;
			}),
			http.post('*/api/fail', () => HttpResponse.error()),
			http.post('*/api/:what', async ({ request, params }) =>
				HttpResponse.json({ ...(await request.json()), what: params['what'] }, { status: 201 }),
			),
		];
		const ok = await getResponse(handlers, request('POST', 'http://localhost/api/x', { a: 1 }));
		expect([ok?.status, await ok?.json(), seen]).toEqual([201, { a: 1, what: 'x' }, [{ a: 1 }]]);
		expect((await getResponse(handlers, request('POST', 'http://localhost/api/fail', {})))?.type).toBe('error');
		await expect(
			getResponse([http.get('*', () => Promise.reject(new Error('boom')))], request('GET', 'http://localhost/')),
		).rejects.toThrow('boom');
	});
});

describe('every flow on the MSW stand-in, as the page runs it', () => {
	it('is what the service imports here', async () => {
		expect((await import('msw')).getResponse).toBe(getResponse);
	});

	for (const [edition, method] of EDITION_METHODS) {
		it(`${method} (${edition}): registration and a sign-in end to end, through every step`, async () => {
			const seeds = await recordSeeds({
				account: 's1234567@example.ac.jp',
				rememberDays: 14,
				pollMs: 1,
				clock: () => Date.UTC(2026, 3, 1, 9),
				random: seededRandom(7),
				flow: await loadFlow(method, edition),
			});
			expect(Object.keys(seeds)).toEqual(stepsOf(method, edition).map((s) => s.id));
		});
	}
});

import { getResponse, type RequestHandler } from 'msw';
import type { Transport } from './client';
import type { Handlers } from './handlers';

/**
 * The practice service as one session reaches it, answered in-process by MSW's own
 * request matching (no network, no service worker): Node, the build, and a page whose
 * worker is not up yet. Like MSW's `setupServer`, handlers put in front with `use()`
 * override the service's own until `resetHandlers()`: a test that needs the service to
 * fail says so with a handler (`HttpResponse.error()` is a request that never arrives),
 * not by matching URLs.
 */
export interface Service {
	fetch: Transport;
	use(...overrides: RequestHandler[]): void;
	resetHandlers(): void;
}

export function inProcess(handlers: Handlers): Service {
	let overrides: RequestHandler[] = [];
	return {
		async fetch(request) {
			const response = await getResponse([...overrides, ...handlers], request);
			if (!response) return Response.json({ error: 'not-found' }, { status: 404 });
			if (response.type === 'error') throw new TypeError('Failed to fetch');
			return response;
		},
		use(...more) {
			overrides = [...more, ...overrides];
		},
		resetHandlers() {
			overrides = [];
		},
	};
}

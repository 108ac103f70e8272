import { http } from 'msw';
import type { Transport } from './client';
import { API } from './handlers';

/**
 * The practice service in the browser: MSW's service worker, answering each request
 * with the service of the session that sent it. The handlers themselves run in the page
 * (./handlers.ts over the session's tenant); the worker only routes requests to them, so
 * a request still in flight from a session that "start over" has just stopped finds no
 * service (and fails quietly) instead of changing the new session's practice tenant.
 */

/** Names the session a request belongs to. */
export const SESSION_HEADER = 'x-practice-session';

const services = new Map<string, Transport>();

/** Makes a session's service reachable through the worker (until the returned function forgets it). */
export function serve(id: string, service: Transport): () => void {
	services.set(id, service);
	return () => services.delete(id);
}

let started: Promise<boolean> | undefined;

/**
 * Starts the worker once per page. Where it cannot start (a non-secure origin, a browser
 * that blocks service workers) it says so, and the page keeps answering in-page.
 */
export function startWorker(options: { url: string; scope: string }): Promise<boolean> {
	started ??= (async () => {
		try {
			if (!('serviceWorker' in navigator) || !window.isSecureContext) return false;
			const { setupWorker } = await import('msw/browser');
			// MSW reloads a page that its registered worker does not control, taking it for a
			// hard reload. That reload would throw away what the reader is doing (a second tab
			// opened while the first was still installing the worker is such a page too), so
			// such a page keeps answering in-page; the next visit is controlled.
			if (!navigator.serviceWorker.controller) {
				const url = new URL(options.url, location.href).href;
				const registrations = await navigator.serviceWorker.getRegistrations();
				if (registrations.some((r) => [r.installing, r.waiting, r.active].some((w) => w?.scriptURL === url))) return false;
			}
			const worker = setupWorker(
				http.all(`*/${API}/*`, ({ request }) => {
					const service = services.get(request.headers.get(SESSION_HEADER) ?? '');
					return service ? service(request) : Response.json({ error: 'network' }, { status: 503 });
				}),
			);
			await worker.start({
				serviceWorker: { url: options.url, options: { scope: options.scope } },
				quiet: true,
				// The site's own pages and assets pass through untouched.
				onUnhandledFrame: 'bypass',
			});
			return true;
		} catch {
			return false;
		}
	})();
	return started;
}

/**
 * A session's way to its service: in-page from the first click, through the worker once
 * it is up and controls the page. Registering a worker can take seconds on a busy
 * machine, and nobody should wait for it. Requests are addressed to the page's own origin
 * and base, inside the worker's scope: nothing leaves the origin.
 */
export function viaWorker(id: string, local: Transport, options: { url: string; scope: string }, isStopped: () => boolean): Transport {
	let ready = false;
	void startWorker(options).then((ok) => (ready = ok));
	return (request) => {
		// A stopped session asks nothing more of anybody.
		if (isStopped()) return Promise.reject(new TypeError('practice session stopped'));
		// A hard reload leaves the page uncontrolled even with a worker registered.
		if (!ready || !navigator.serviceWorker.controller) return local(request);
		const headers = new Headers(request.headers);
		headers.set(SESSION_HEADER, id);
		return fetch(new Request(request, { headers }));
	};
}

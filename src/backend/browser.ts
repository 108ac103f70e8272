import { HttpResponse, http, type RequestHandler } from 'msw';
import type { SetupWorker } from 'msw/browser';
import type { Transport } from './client';
import { api, type Handlers } from './handlers';

/**
 * The practice service in the browser, through MSW's own service worker
 * (public/mockServiceWorker.js, written by `npx msw init`) and `setupWorker`. MSW's worker
 * answers nothing itself: it hands each request of a page it controls to that page, where
 * the handlers of the live practice session answer it (./handlers.ts over its tenant).
 *
 * Until the worker controls the page, and wherever it cannot (plain http, blocked service
 * workers, a hard reload), the page answers in-page over the same handlers: registering a
 * worker can take seconds on a busy machine, and nobody should wait for it.
 */

/** Names the session a request belongs to: the worker's handlers answer only the live one. */
export const SESSION_HEADER = 'x-practice-session';

/** The session whose requests the worker answers, with its handlers; null between sessions. */
let live: { id: string; handlers: Handlers } | null = null;
let worker: SetupWorker | undefined;

/**
 * Put in front of the live session's handlers: a request that names another session (one
 * still in flight from a session that "start over", a deep link or the back button has
 * stopped) is answered with an empty success that nobody reads, and never reaches the live
 * session's tenant. An error status would log a failed request on the console that the reader
 * never made. A request of the live session falls through to its handlers.
 */
const onlyTheLiveSession = http.all(api('*'), ({ request }) =>
	live && request.headers.get(SESSION_HEADER) === live.id ? undefined : new HttpResponse(null, { status: 204 }),
);

const workerHandlers = (): RequestHandler[] => [onlyTheLiveSession, ...(live?.handlers ?? [])];

/** Makes a session the one the worker answers (until the returned function forgets it). */
export function serve(id: string, handlers: Handlers): () => void {
	live = { id, handlers };
	worker?.resetHandlers(...workerHandlers());
	return () => {
		if (live?.id !== id) return;
		live = null;
		worker?.resetHandlers(...workerHandlers());
	};
}

/** How long a first visit waits for the new worker to take the page over before answering in-page for good. */
const TAKEOVER_MS = 15_000;

/** Once the page's main thread is free: loading and starting MSW must not delay the simulator's first paint. */
const idle = () =>
	new Promise<void>((resolve) =>
		'requestIdleCallback' in window ? requestIdleCallback(() => resolve(), { timeout: 2000 }) : setTimeout(resolve, 200),
	);

let started: Promise<boolean> | undefined;

/**
 * Starts MSW's worker once per page; true once it controls the page. Where it cannot start
 * (a non-secure origin, a browser that blocks service workers) it says so, and the page
 * keeps answering in-page; msw/browser is not even fetched where service workers are missing.
 */
export function startWorker(options: { url: string; scope: string }): Promise<boolean> {
	started ??= (async () => {
		try {
			if (!('serviceWorker' in navigator) || !window.isSecureContext) return false;
			await idle();
			const { setupWorker } = await import('msw/browser');
			const container = navigator.serviceWorker;
			const url = new URL(options.url, location.href).href;
			// A page loaded past an active worker (a hard reload, a tab opened while it installed)
			// stays uncontrolled until it is loaded again. MSW would reload it there and then; the
			// reader keeps the page, which answers in-page, and nothing reloads under them.
			const registrations = await container.getRegistrations();
			const hasOurs = (r: ServiceWorkerRegistration) => [r.active, r.installing, r.waiting].some((w) => w?.scriptURL === url);
			if (!container.controller && registrations.some(hasOurs)) return false;
			worker = setupWorker(...workerHandlers());
			const registration = await worker.start({
				serviceWorker: { url: options.url, options: { scope: options.scope } },
				// Practice requests are not a developer's mocks: nothing on the reader's console.
				quiet: true,
				// Everything else the page fetches (its scripts, pictures, search) goes on to the network.
				onUnhandledFrame: 'bypass',
			});
			// The very worker MSW started, not one it replaced (a worker left by an earlier page, or
			// by an earlier version of this site), which would pass the practice requests on to the
			// network instead.
			const controlled = () => registration?.active != null && container.controller === registration.active;
			if (controlled()) return true;
			// A first visit: the worker installs, and takes this page over as it activates.
			return await new Promise<boolean>((resolve) => {
				container.addEventListener('controllerchange', () => controlled() && resolve(true));
				setTimeout(() => resolve(controlled()), TAKEOVER_MS);
			});
		} catch {
			return false;
		}
	})();
	return started;
}

/**
 * A session's way to its service: in-page from the first click, through the worker once it is
 * up and controls the page. Requests are addressed to the page's own origin and base, inside
 * the worker's scope: nothing leaves the origin.
 */
export function viaWorker(id: string, local: Transport, options: { url: string; scope: string }, isStopped: () => boolean): Transport {
	let ready = false;
	void startWorker(options).then((ok) => (ready = ok));
	return (request) => {
		// A stopped session asks nothing more of anybody.
		if (isStopped()) return Promise.reject(new TypeError('practice session stopped'));
		// A hard reload leaves the page uncontrolled even with the worker registered.
		if (!ready || !navigator.serviceWorker.controller) return local(request);
		const headers = new Headers(request.headers);
		headers.set(SESSION_HEADER, id);
		return fetch(new Request(request, { headers }));
	};
}

import type { Transport } from './client';

/**
 * The practice service in the browser: a service worker of this site
 * (public/practice-worker.js), answering each request with the service of the session
 * that sent it. The handlers themselves run in the page (./handlers.ts over the session's
 * tenant); the worker only hands each request to its page and the answer back, so a
 * request still in flight from a session that "start over" has just stopped finds no
 * service (and is answered with nothing) instead of changing the new session's practice tenant.
 * MSW's own worker and setupWorker did the same routing with 17 KB gzip of JavaScript
 * (its request interception, WebSocket support, lifecycle messages) that nothing here used.
 */

/** Names the session a request belongs to (the worker reads it too). */
export const SESSION_HEADER = 'x-practice-session';

const services = new Map<string, Transport>();

/** Makes a session's service reachable through the worker (until the returned function forgets it). */
export function serve(id: string, service: Transport): () => void {
	services.set(id, service);
	return () => services.delete(id);
}

/** What the worker sends: a request to answer, and the port for the answer. */
interface Asked {
	type: 'practice-request';
	url: string;
	method: string;
	headers: [string, string][];
	body: ArrayBuffer | null;
}

async function answer(asked: Asked, port: MessagePort) {
	const service = services.get(new Headers(asked.headers).get(SESSION_HEADER) ?? '');
	if (!service) {
		// A request still in flight from a session that has stopped (start over, a deep link, the
		// back button): nobody reads its answer. An empty success says nothing on the console,
		// where an error status would log a failed request the reader never made.
		port.postMessage({ status: 204, statusText: 'No Content', headers: [], body: null });
		return;
	}
	try {
		const response = await service(new Request(asked.url, { method: asked.method, headers: asked.headers, body: asked.body }));
		const body = await response.arrayBuffer();
		port.postMessage({ status: response.status, statusText: response.statusText, headers: [...response.headers], body }, [body]);
	} catch {
		// The service failed the request as a network does: so does the worker.
		port.postMessage({ error: true });
	}
}

/** How long a first visit waits for the new worker to take the page over before answering in-page for good. */
const TAKEOVER_MS = 15_000;

let started: Promise<boolean> | undefined;

/**
 * Starts the worker once per page; true once it controls the page. Where it cannot start
 * (a non-secure origin, a browser that blocks service workers) it says so, and the page
 * keeps answering in-page.
 */
export function startWorker(options: { url: string; scope: string }): Promise<boolean> {
	started ??= (async () => {
		try {
			if (!('serviceWorker' in navigator) || !window.isSecureContext) return false;
			const container = navigator.serviceWorker;
			container.addEventListener('message', (event: MessageEvent) => {
				const port = event.ports[0];
				if (event.data?.type === 'practice-request' && port) void answer(event.data, port);
			});
			container.startMessages();
			const url = new URL(options.url, location.href).href;
			const controlled = () => container.controller?.scriptURL === url;
			const registration = await container.register(url, { scope: options.scope });
			if (controlled()) return true;
			// A page loaded past an active worker (a hard reload) stays uncontrolled until it is
			// loaded again: it keeps answering in-page, and nothing reloads it under the reader.
			if (!container.controller && registration.active?.scriptURL === url) return false;
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

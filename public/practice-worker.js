// The practice service's worker (src/backend/browser.ts). It answers nothing itself: a
// request to the practice API that names its session is handed to the page that sent it,
// which answers with that session's service (the same handlers it runs in-page), and
// the answer goes back as the response. Every other request is left to the browser.
// Plain JavaScript in public/: a service worker must be a file at the site's root to
// control its pages, and needs no bundling.

const API = '/__practice/api/';
const SESSION_HEADER = 'x-practice-session';
/** A page that does not answer in this time (frozen, closed) gets the service's "network" refusal. */
const ANSWER_MS = 15_000;

self.addEventListener('install', () => self.skipWaiting());
// Pages opened while the worker was installing are taken over at once, not at their next load.
self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

self.addEventListener('fetch', (event) => {
	const { request } = event;
	if (!request.headers.has(SESSION_HEADER) || !new URL(request.url).pathname.includes(API)) return;
	event.respondWith(askPage(event.clientId, request));
});

const unavailable = () => Response.json({ error: 'network' }, { status: 503 });

async function askPage(clientId, request) {
	const client = clientId ? await self.clients.get(clientId) : undefined;
	if (!client) return unavailable();
	const body = request.method === 'GET' || request.method === 'HEAD' ? null : await request.arrayBuffer();
	const channel = new MessageChannel();
	const answer = new Promise((resolve) => {
		channel.port1.onmessage = (message) => resolve(message.data);
		setTimeout(() => resolve(null), ANSWER_MS);
	});
	client.postMessage(
		{ type: 'practice-request', url: request.url, method: request.method, headers: [...request.headers], body },
		body ? [channel.port2, body] : [channel.port2],
	);
	const data = await answer;
	if (!data) return unavailable();
	// The service made the request fail as a network does (a test's HttpResponse.error()).
	if (data.error) return Response.error();
	const empty = [101, 204, 205, 304].includes(data.status);
	return new Response(empty ? null : data.body, { status: data.status, statusText: data.statusText, headers: data.headers });
}

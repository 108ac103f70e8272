/**
 * One clock for every ticking part of the page (the on-screen app, the countdowns, the
 * diagram), woken just after each whole second so that they all change together and a
 * new code appears the moment its 30-second window starts, as in a real app.
 */
type Listener = (now: number) => void;

const listeners = new Set<Listener>();
let timer: ReturnType<typeof setTimeout> | undefined;

function tick() {
	const now = Date.now();
	for (const listener of listeners) listener(now);
	// Re-aligned every time, so drift from a busy main thread never adds up.
	timer = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
}

/** Calls `listener` now and after every whole second; returns a function that stops it. */
export function everySecond(listener: Listener): () => void {
	listeners.add(listener);
	listener(Date.now());
	if (timer === undefined) timer = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
	return () => {
		listeners.delete(listener);
		if (!listeners.size && timer !== undefined) {
			clearTimeout(timer);
			timer = undefined;
		}
	};
}

/** Whole seconds left, as a countdown shows them: 30 … 1, never 0. */
export const secondsLeft = (ms: number) => Math.max(1, Math.ceil(ms / 1000));

// The search UI's own build ships no types (Starlight imports it with @ts-expect-error).
declare module '@pagefind/default-ui/npm_dist/mjs/ui-core.mjs' {
	export class PagefindUI {
		constructor(options: Record<string, unknown>);
	}
}

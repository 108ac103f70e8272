/**
 * Where each link goes, written into the page at build time for print (see
 * src/styles/print.css): paper cannot follow a link, and a reader printing without
 * JavaScript must still get an address for every link, not only for those already absolute.
 *
 * Chapters link relatively ("../push/", so that any base works), and "../push/" means
 * nothing on paper. This resolves each link against the page's own path. With Astro's `site`
 * configured the result is the full public address; without it the origin is unknown at
 * build time (the same build serves intranet mirrors), so the result is the path from the
 * site's root ("/push/"), and the page script in MarkdownContent.astro completes it with the
 * origin the page was opened from.
 */
const ATTR = 'data-print-url';

const decode = (s: string) =>
	s
		.replace(/&amp;/g, '&')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>');
const encode = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
/** Text without spaces, hyphens and brackets: an address and its spelled-out form compare equal. */
const bare = (s: string) => s.replace(/[\s\-()]/g, '');

/** The printed target of one link, or undefined when there is nothing to print. */
export function printTarget(href: string, pagePath: string, site?: URL): string | undefined {
	// Links within the page (a step's own number, heading anchors) have nothing to print.
	if (!href || href.startsWith('#')) return undefined;
	if (/^(mailto|tel):/i.test(href)) return href.replace(/^\w+:/, '');
	if (/^[a-z][a-z\d+.-]*:/i.test(href)) return href;
	const resolved = new URL(href, new URL(pagePath, site ?? 'http://site.invalid'));
	return site ? resolved.href : `${resolved.pathname}${resolved.search}${resolved.hash}`;
}

/** Adds data-print-url to every link of an HTML fragment that has a target worth printing. */
export function addPrintTargets(html: string, pagePath: string, site?: URL): string {
	return html.replace(/<a\b([^>]*)>([\s\S]*?)<\/a>/g, (whole, attrs: string, inner: string) => {
		if (attrs.includes(`${ATTR}=`)) return whole;
		const href = /\shref="([^"]*)"/.exec(attrs)?.[1];
		if (href === undefined) return whole;
		const target = printTarget(decode(href), pagePath, site);
		if (!target) return whole;
		// Where the text already is the address (an email, a phone number, a bare URL), say it once.
		const text = decode(inner.replace(/<[^>]*>/g, ''));
		if (bare(text).includes(bare(target))) return whole;
		return `<a${attrs} ${ATTR}="${encode(target)}">${inner}</a>`;
	});
}

/**
 * Stands in for `tldts` in the browser bundle. MSW's cookie store (tough-cookie) asks
 * tldts for a host's registrable domain, and tldts carries the whole public-suffix list
 * (about 40 KB gzip). The mock service never sets cookies, so a plain "last two labels"
 * answer is enough, and the practice page stays within its JavaScript budget.
 */
export function getDomain(host: string): string | null {
	if (!host) return null;
	const labels = host.split('.').filter(Boolean);
	return labels.length <= 2 ? labels.join('.') : labels.slice(-2).join('.');
}
export function getPublicSuffix(host: string): string | null {
	return host.split('.').filter(Boolean).at(-1) ?? null;
}

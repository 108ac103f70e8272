import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { withInlineHashes } from '../../src/integrations/csp-inline-scripts';

const hash = (text: string) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const page = (policy: string, body: string) =>
	`<html><head><meta http-equiv="content-security-policy" content="${policy}">${body}</head></html>`;
const policyOf = (html: string) => /content="([^"]*)"/.exec(html)![1]!;

describe('the policy after the build', () => {
	it('lists every inline script in script-src and every <style> element in style-src, once', () => {
		const html = page(
			"default-src 'self'; script-src 'self' 'sha256-x'; style-src 'self'; style-src-attr 'unsafe-inline';",
			'<script>theme()</script><script type="module">go()</script><script>theme()</script><style>a{b:c}</style>',
		);
		const policy = policyOf(withInlineHashes(html));
		expect(policy).toContain(`script-src 'self' 'sha256-x' ${hash('theme()')} ${hash('go()')};`);
		expect(policy).toContain(`style-src 'self' ${hash('a{b:c}')};`);
		expect(policy).toContain("style-src-attr 'unsafe-inline';");
		expect(policy.split(hash('theme()')).length).toBe(2);
	});

	it('leaves out scripts with a src and data blocks, which need no hash', () => {
		const html = page("script-src 'self';", '<script src="/a.js"></script><script type="application/json">{"a":1}</script>');
		expect(policyOf(withInlineHashes(html))).toBe("script-src 'self';");
	});

	it('leaves a page without a policy as it is', () => {
		const html = '<html><head><script>x()</script></head></html>';
		expect(withInlineHashes(html)).toBe(html);
	});
});

import type { Timing } from '../timing.ts';

/** Click on a simulated button → the next screen painted (the frame after the DOM changed). */
const timing: Timing = {
	name: 'practice/push: click → next screen painted',
	async run(page, baseUrl) {
		await page.goto(`${baseUrl}/practice/push/`);
		await page.waitForSelector('[data-simulator][data-state="ready"]');
		const samples: number[] = [];
		const clickAndWait = (eventType: string) =>
			page.evaluate(
				(type) =>
					new Promise<number>((resolve) => {
						const screen = document.querySelector('[data-screen="pc"]')!;
						const button = screen.querySelector<HTMLButtonElement>(`button[data-event="${type}"]`)!;
						const observer = new MutationObserver(() => {
							observer.disconnect();
							requestAnimationFrame(() => resolve(performance.now() - started));
						});
						observer.observe(screen, { childList: true, subtree: true });
						const started = performance.now();
						button.click();
					}),
				eventType,
			);
		for (let i = 0; i < 10; i++) {
			await page.waitForSelector('[data-screen="pc"] button[data-event="pc.signIn"]');
			samples.push(await clickAndWait('pc.signIn'));
			await page.waitForSelector('[data-screen="pc"] button[data-event="pc.next"]');
			samples.push(await clickAndWait('pc.next'));
			await page.getByRole('button', { name: '最初からやり直す' }).click();
			await page.waitForSelector('[data-simulator][data-state="ready"][data-step="setup-sign-in"]');
		}
		return samples;
	},
};
export default timing;

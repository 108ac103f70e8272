import type { Timing } from '../timing.ts';

/**
 * Click on a simulated button → the next step's screen painted. The clock stops at the
 * frame after the simulator's root names the next step (`data-step` is written in the
 * same paint that draws the new screens), not at the first change of the screen: for
 * サインイン that is the busy spinner, which says nothing about when the student can go on.
 */
const timing: Timing = {
	name: 'practice/push: click → next step painted',
	async run(page, baseUrl) {
		await page.goto(`${baseUrl}/practice/push/`);
		await page.waitForSelector('[data-simulator][data-state="ready"]');
		const samples: number[] = [];
		// The PC's button by its name, as a student finds it.
		const clickAndWait = (name: string) =>
			page.evaluate(
				(label) =>
					new Promise<number>((resolve, reject) => {
						const root = document.querySelector<HTMLElement>('[data-simulator]')!;
						const before = root.dataset.step;
						const buttons = [...root.querySelectorAll<HTMLButtonElement>('[data-screen="pc"] button')];
						const button = buttons.find((b) => b.textContent === label)!;
						const timeout = setTimeout(() => reject(new Error(`no step after ${before} within 10 s`)), 10_000);
						const observer = new MutationObserver(() => {
							if (root.dataset.step === before) return;
							observer.disconnect();
							clearTimeout(timeout);
							requestAnimationFrame(() => resolve(performance.now() - started));
						});
						observer.observe(root, { attributes: true, attributeFilter: ['data-step'] });
						const started = performance.now();
						button.click();
					}),
				name,
			);
		for (let i = 0; i < 10; i++) {
			await page.waitForSelector('[data-simulator][data-step="setup-sign-in"] [data-screen="pc"] .sim-title');
			samples.push(await clickAndWait('サインイン'));
			await page.waitForSelector('[data-simulator][data-step="setup-more-info"] [data-screen="pc"] .sim-title');
			samples.push(await clickAndWait('次へ'));
			await page.getByRole('button', { name: '最初からやり直す' }).click();
			await page.waitForSelector('[data-simulator][data-state="ready"][data-step="setup-sign-in"]');
		}
		return samples;
	},
};
export default timing;

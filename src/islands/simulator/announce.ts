/**
 * The practice's polite live region (`[data-announce]`, role=status): news a screen reader
 * would not otherwise hear, as a text arriving on the phone while the student looks at the
 * PC, or the view going to the other device.
 */
export function announcer(region: HTMLElement | null): (text: string) => void {
	let pending: string[] = [];
	let timer: ReturnType<typeof setTimeout> | undefined;
	return (text) => {
		if (!region) return;
		// Cleared first, so the same words said twice are still heard twice; news of the same moment is said together.
		region.textContent = '';
		pending.push(text);
		clearTimeout(timer);
		timer = setTimeout(() => {
			region.textContent = pending.join(' ');
			pending = [];
		}, 50);
	};
}

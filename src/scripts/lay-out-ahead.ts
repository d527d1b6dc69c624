/**
 * Lays the article out ahead of the reader (its blocks start unrendered on narrow screens, see
 * the article page's styles): a few blocks a frame once the page has loaded, all that is left at
 * once on a jump to an anchor. Then `<html data-laid-out>`, and `rd-laid-out` for the steps.
 */
const BLOCKS = '.rd-article-grid :is(.rd-prose > :not(reader-scrolly), .rd-step)';
const pending = [...document.querySelectorAll<HTMLElement>(BLOCKS)];
const CHARS_PER_FRAME = 8000; // a frame's layout on a slow phone, well under 50 ms
const inAFrame = (run: () => void) => requestAnimationFrame(() => setTimeout(run));

/** Renders blocks up to `chars` of their text now, the rest in the frames that follow. */
function layOut(chars = CHARS_PER_FRAME): void {
	for (let block, done = 0; done < chars && (block = pending.shift());) {
		block.dataset['laidOut'] = '';
		done += block.textContent.length;
	}
	if (pending.length > 0) return void inAFrame(layOut);
	document.documentElement.dataset['laidOut'] = '';
	dispatchEvent(new Event('rd-laid-out'));
}

const layOutAll = () => pending.length > 0 && layOut(Infinity);
if (location.hash) layOutAll();
else addEventListener('load', () => inAFrame(layOut), { once: true });
addEventListener('hashchange', layOutAll);

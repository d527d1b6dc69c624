/** What the PDF's cover says beyond what the article page already holds. */
export interface CoverFacts {
	/** The edition's date, e.g. "6 December 2026". */
	readonly edition: string;
	/** The address of the article on the web. */
	readonly url: string;
}

/**
 * Runs in the article page before Paged.js lays it out (serialised by Playwright, so it uses
 * nothing from outside its body): puts a cover and a contents page in front of the article.
 * The cover repeats the title, dek and credit (the print rules write out the original's
 * address); the
 * contents link to each section and the sources, and pdf.css fills in their page numbers.
 */
export function addFrontMatter({ edition, url }: CoverFacts): void {
	const article = document.querySelector('.rd-article');
	const header = document.querySelector('.rd-article-header');
	if (!article || !header) throw new Error('addFrontMatter: not an article page');
	const make = (tag: string, className: string, text = ''): HTMLElement => {
		const element = document.createElement(tag);
		element.className = className;
		element.textContent = text;
		return element;
	};

	const cover = make('section', 'rd-pdf-cover');
	cover.append(...[...header.children].map((child) => child.cloneNode(true)));
	cover.append(
		make('p', 'rd-pdf-edition rd-ui', `The annotated edition of ${edition}, with every note.`),
		make('p', 'rd-pdf-url rd-ui', `Read it on the web: ${url}`),
	);

	const contents = make('nav', 'rd-pdf-contents');
	contents.setAttribute('aria-labelledby', 'rd-pdf-contents-title');
	const title = make('h2', '', 'Contents');
	title.id = 'rd-pdf-contents-title';
	const list = make('ol', 'rd-ui');
	const targets = document.querySelectorAll<HTMLElement>('.rd-section, .rd-bibliography');
	for (const target of targets) {
		const heading = target.querySelector('h2');
		if (!heading || !target.id) continue;
		const item = document.createElement('li');
		const link = make('a', '', heading.textContent?.trim() ?? '');
		link.setAttribute('href', `#${target.id}`);
		item.append(link);
		list.append(item);
	}
	contents.append(title, list);
	article.prepend(cover, contents);
}

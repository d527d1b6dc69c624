import { ELEMENT_NODE, parse, renderSync, walkSync, type ElementNode, type Node } from 'ultrahtml';
import { citeId } from '../notes/cite-id';
import { KIND_LABELS, NOTE_KINDS, type NoteKind } from '../notes/note-kinds';
import { escapeXml } from '../util/escape';

/** One section's HTML after the pass, and its endnotes (`<li>` elements) for an `<ol>`. */
export interface FinishedSection {
	readonly html: string;
	readonly endnotes: string;
}

/** A note as NoteMarker renders it: the marker, then its body in a template. */
interface RenderedNote {
	readonly marker: ElementNode;
	readonly body: ElementNode;
	readonly parent: { readonly children: Node[] };
}

/**
 * The build-time pass over one rendered section, on its parsed HTML. NoteMarker renders each
 * note as an unnumbered marker (`a.rd-note-ref`) followed by `<template data-note-body>`
 * holding the note's endnote `<li>`. In reading order, the pass numbers every marker, gives each
 * citation its id, links marker and endnote both ways, and moves the `<li>` out of the text
 * into the endnotes. `noteCount` is the count the source scan found; a mismatch means a note
 * the scan cannot see, which would break the bibliography's back-links.
 */
export function finishSection(
	html: string,
	section: { readonly slug: string; readonly noteCount: number },
): FinishedSection {
	const root = parse(html) as Node;
	const notes = findNotes(root, section.slug);
	if (notes.length !== section.noteCount) {
		throw new Error(
			`section "${section.slug}" renders ${notes.length} notes but its source shows ${section.noteCount}. Fix: give <Cite> and <Note> plain string props (id="…") and keep them out of code blocks and expressions.`,
		);
	}
	let cites = 0;
	const endnotes = notes.map(({ marker, body, parent }, i) => {
		const number = i + 1;
		const kind = kindOf(marker);
		const id = marker.attributes['data-note'] || escapeXml(citeId(section.slug, ++cites));
		marker.attributes = {
			class: 'rd-note-ref',
			href: `#note-${id}`,
			id: `ref-${id}`,
			'data-kind': kind,
			'data-note': id,
			'aria-label': escapeXml(`${KIND_LABELS[kind].one} note ${number}`),
		};
		marker.children = parse(String(number)).children;
		const endnote = onlyChild(body, 'li');
		endnote.attributes = { id: `note-${id}`, 'data-kind': kind, value: String(number) };
		const back = find(endnote, (node) => hasClass(node, 'rd-note-back'));
		if (back) {
			back.attributes = {
				class: 'rd-note-back',
				href: `#ref-${id}`,
				'aria-label': `Back to note ${number} in the text`,
			};
		}
		parent.children.splice(parent.children.indexOf(body), 1);
		return endnote;
	});
	// Rendered once every note is numbered and out of the text: a note may hold another.
	const edits = notes.flatMap(({ marker, body }) => [
		{ ...span(marker), text: renderSync(marker) },
		{ ...span(body), text: '' },
	]);
	return { html: applyEdits(html, edits), endnotes: endnotes.map(renderSync).join('') };
}

/** Replace `html.slice(start, end)` with `text`. */
interface Edit {
	readonly start: number;
	readonly end: number;
	readonly text: string;
}

function span(node: ElementNode): { start: number; end: number } {
	return { start: node.loc[0].start, end: node.loc[1].end };
}

// Only the notes change: the rest of the section keeps its bytes rather than being serialised
// again. An edit inside another (a note within a note's body) is already in the outer one's text.
function applyEdits(html: string, edits: readonly Edit[]): string {
	const outer = edits.filter(
		(edit) =>
			!edits.some((other) => other !== edit && other.start <= edit.start && edit.end <= other.end),
	);
	let result = '';
	let at = 0;
	for (const edit of [...outer].sort((a, b) => a.start - b.start)) {
		result += html.slice(at, edit.start) + edit.text;
		at = edit.end;
	}
	return result + html.slice(at);
}

/** Every rendered note, in reading order; fails on Markdown footnotes, which it cannot number. */
function findNotes(root: Node, slug: string): RenderedNote[] {
	const notes: RenderedNote[] = [];
	walkSync(root, (node, parent) => {
		if (node.type !== ELEMENT_NODE) return;
		if ('data-footnotes' in node.attributes) {
			throw new Error(
				`section "${slug}" uses Markdown footnotes ([^label]). Fix: write <Cite id="citekey" /> for a source, or <Note kind="context" id="…">…</Note> for a note, so every note is numbered, filtered and shown beside the text like the rest.`,
			);
		}
		if (!hasClass(node, 'rd-note-ref')) return;
		// ultrahtml's types lose `children` on the document node; every parent has them.
		const siblings: unknown = parent?.['children'];
		if (!Array.isArray(siblings)) return;
		const body = siblings[siblings.indexOf(node) + 1];
		if (body?.type !== ELEMENT_NODE || !('data-note-body' in body.attributes)) {
			throw new Error(
				`section "${slug}": a note marker is not followed by its body. Render notes with NoteMarker.astro.`,
			);
		}
		notes.push({ marker: node, body, parent: { children: siblings } });
	});
	return notes;
}

function kindOf(marker: ElementNode): NoteKind {
	const kind = NOTE_KINDS.find((known) => known === marker.attributes['data-kind']);
	if (!kind)
		throw new Error(`a note marker has an unknown kind "${marker.attributes['data-kind']}".`);
	return kind;
}

function onlyChild(parent: ElementNode, name: string): ElementNode {
	const elements = parent.children.filter((child) => child.type === ELEMENT_NODE);
	const [child] = elements;
	if (elements.length !== 1 || child?.name !== name) {
		throw new Error(
			`a note body must hold exactly one <${name}>. Render notes with NoteMarker.astro.`,
		);
	}
	return child;
}

function find(node: ElementNode, test: (node: ElementNode) => boolean): ElementNode | undefined {
	let found: ElementNode | undefined;
	walkSync(node, (child) => {
		if (!found && child.type === ELEMENT_NODE && test(child)) found = child;
	});
	return found;
}

function hasClass(node: ElementNode, name: string): boolean {
	return (node.attributes['class'] ?? '').split(/\s+/).includes(name);
}

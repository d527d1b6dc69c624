/** The four kinds of note, in the order the reader's controls list them. */
export const NOTE_KINDS = ['source', 'context', 'fact-check', 'hindsight'] as const;
export type NoteKind = (typeof NOTE_KINDS)[number];

/** How each kind is named to readers. */
export const KIND_LABELS: Readonly<Record<NoteKind, { one: string; many: string }>> = {
	source: { one: 'Source', many: 'Sources' },
	context: { one: 'Context', many: 'Context' },
	'fact-check': { one: 'Fact-check', many: 'Fact-checks' },
	hindsight: { one: 'What happened next', many: 'What happened next' },
};

/** A fact-check's verdict on the essay's claim (FACTS.md's scale). */
export const VERDICTS = ['accurate', 'imprecise', 'disputed', 'wrong'] as const;
export type Verdict = (typeof VERDICTS)[number];

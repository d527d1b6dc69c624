/**
 * The anchor id of a section's `n`-th citation (1-based, in reading order), e.g. `cite-pueblo-2`:
 * the note is `#note-<id>`, its marker `#ref-<id>`. A <Cite> has no id of its own, so the
 * source scan (for the bibliography's back-links) and the section pass must agree on this one.
 */
export function citeId(sectionSlug: string, n: number): string {
	return `cite-${sectionSlug}-${n}`;
}

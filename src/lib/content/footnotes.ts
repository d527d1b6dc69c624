/**
 * Every section renders its own Markdown footnotes with the same ids (`user-content-fn-1`,
 * `footnote-label`), so on a page holding many sections they would collide. This gives each
 * section's notes ids under the section's own prefix and turns the hidden label into a visible
 * "Notes" heading, so the endnotes read well without JavaScript and in print.
 */
export function scopeFootnotes(html: string, prefix: string): string {
	return html
		.replaceAll('"user-content-fn', `"${prefix}-fn`)
		.replaceAll('"#user-content-fn', `"#${prefix}-fn`)
		.replaceAll('"footnote-label"', `"${prefix}-notes"`)
		.replace(
			/<h2 class="sr-only" id="([^"]+)">Footnotes<\/h2>/g,
			'<h3 class="rd-notes-title" id="$1">Notes</h3>',
		);
}

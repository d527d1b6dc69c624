import { describe, expect, it } from 'vitest';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { setInfo } from '../../../src/print/pdf-info';

/** A one-page PDF laid out as Chromium writes one: classic cross-reference table, /Info 1 0 R. */
function chromiumLikePdf(): Buffer {
	const objects = [
		'<</Title (Old title)\n/Creator (HeadlessChrome)\n/Producer (Skia/PDF m156)>>',
		'<</Type /Catalog /Pages 3 0 R>>',
		'<</Type /Pages /Kids [4 0 R] /Count 1>>',
		'<</Type /Page /Parent 3 0 R /MediaBox [0 0 595 842]>>',
	];
	let body = '%PDF-1.4\n';
	const offsets: number[] = [];
	objects.forEach((object, i) => {
		offsets.push(body.length);
		body += `${i + 1} 0 obj\n${object}\nendobj\n`;
	});
	const xref = body.length;
	body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
	for (const offset of offsets) body += `${String(offset).padStart(10, '0')} 00000 n \n`;
	body += `trailer\n<</Size ${objects.length + 1}\n/Root 2 0 R\n/Info 1 0 R>>\nstartxref\n${xref}\n%%EOF`;
	return Buffer.from(body, 'latin1');
}

describe('setInfo', () => {
	it('gives a PDF a title, author and subject any reader reads back, keeping the rest', async () => {
		const pdf = setInfo(chromiumLikePdf(), {
			title: 'Moscow’s mirror: an annotated reading',
			author: 'Annotated readings, after Van Jackson',
			subject: 'Détente, and what came after',
		});
		const doc = await getDocument({ data: new Uint8Array(pdf) }).promise;
		const { info } = await doc.getMetadata();
		expect(info).toMatchObject({
			Title: 'Moscow’s mirror: an annotated reading',
			Author: 'Annotated readings, after Van Jackson',
			Subject: 'Détente, and what came after',
			Producer: 'Skia/PDF m156',
		});
		expect(doc.numPages).toBe(1);
		await doc.destroy();
	});

	it('refuses a PDF whose trailer it cannot read', () => {
		expect(() =>
			setInfo(Buffer.from('%PDF-1.7\n'), { title: 't', author: 'a', subject: 's' }),
		).toThrow(/trailer/);
	});
});

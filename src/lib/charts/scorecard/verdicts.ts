import type { Verdict } from './data';

/** How each verdict reads on its chip and in the table. */
export const VERDICT_LABELS: Readonly<Record<Verdict, string>> = {
	held: 'Held',
	overtaken: 'Overtaken',
	mixed: 'Mixed',
	open: 'Open',
};

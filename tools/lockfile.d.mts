/** Types for tools/lockfile.mjs (plain JavaScript, so it runs on any Node that can install). */
export interface LockedPackage {
	readonly version?: string;
	readonly optional?: boolean;
}
export function lockedPackages(file: string): Record<string, LockedPackage>;
export function installedMatchesLock(lock: Record<string, LockedPackage>, root?: string): boolean;
export function satisfies(version: string, range: string): boolean;

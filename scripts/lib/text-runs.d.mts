export const RUN_LENGTH: number;
export function squash(text: string): string;
export function runHashes(text: string, length?: number): string[];
export function copiedRuns(text: string, known: Set<string>, length?: number): string[];
export function readableText(html: string): string;

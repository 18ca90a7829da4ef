export function findChromium(): string | undefined;
export function browserPlan(machine: { found: boolean; isRoot: boolean; hasApt: boolean }): 'system' | 'apt' | 'playwright';

/**
 * One step upgrades saved state from format n to n + 1. A step that mends something (a date out of
 * range, issue 26.12) says what in `notes`, which the load hands on to the user.
 */
export type MigrationStep = (state: unknown, notes: string[]) => unknown;

/**
 * The one migration loop every saved format uses: `steps[n]` upgrades format n to n + 1, applied in
 * turn up to `latest`. A missing step means the format cannot be read (undefined); the result is
 * checked after, so a step never has to be sure of its input.
 */
export function migrateBySteps(
  steps: Readonly<Record<number, MigrationStep>>,
  latest: number,
): (state: unknown, fromVersion: number, notes?: string[]) => unknown {
  return (state, fromVersion, notes = []) => {
    let current = state;
    for (let v = fromVersion; v < latest; v++) {
      const step = steps[v];
      if (!step) return undefined;
      current = step(current, notes);
    }
    return current;
  };
}

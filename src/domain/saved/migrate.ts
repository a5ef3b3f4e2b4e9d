/** One step upgrades saved state from format n to n + 1. */
export type MigrationStep = (state: unknown) => unknown;

/**
 * The one migration loop every saved format uses: `steps[n]` upgrades format n to n + 1, applied in
 * turn up to `latest`. A missing step means the format cannot be read (undefined); the result is
 * checked after, so a step never has to be sure of its input.
 */
export function migrateBySteps(
  steps: Readonly<Record<number, MigrationStep>>,
  latest: number,
): (state: unknown, fromVersion: number) => unknown {
  return (state, fromVersion) => {
    let current = state;
    for (let v = fromVersion; v < latest; v++) {
      const step = steps[v];
      if (!step) return undefined;
      current = step(current);
    }
    return current;
  };
}

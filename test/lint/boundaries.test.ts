import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Tests run from the repository's root folder.
const root = `${process.cwd()}/`;
// The fixtures break the rules on purpose, so the project's own lint ignores them; here they count.
const eslint = new ESLint({ cwd: root, ignore: false });

/** The rule ids and messages ESLint gives for `code` as if it were the file at `path`. */
async function lint(path: string, code: string) {
  const [result] = await eslint.lintText(code, { filePath: `${root}${path}` });
  return result!.messages.map((m) => `${m.ruleId}: ${m.message}`);
}

describe('the boundaries the linter keeps', { timeout: 120_000 }, () => {
  it('stops a feature importing another feature', async () => {
    const messages = await lint(
      'src/features/plan/Fixture.tsx',
      "import { ActionGapChart } from '../results/ActionGapChart';\nexport const x = ActionGapChart;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /^import-x\/no-restricted-paths: .*A feature does not import another feature/,
      ),
    ]);
  });

  it('stops a feature importing the app layer', async () => {
    const messages = await lint(
      'src/features/plan/Fixture.tsx',
      "import { AppRoutes } from '../../app/AppRoutes';\nexport const x = AppRoutes;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*a feature never imports it/),
    ]);
  });

  it('stops the app importing the build machine’s code', async () => {
    const messages = await lint(
      'src/components/Fixture.tsx',
      "import { pageGroups } from '../build/chunks';\nexport const x = pageGroups;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(
        /^import-x\/no-restricted-paths: .*src\/build runs on the build machine/,
      ),
    ]);
  });

  it('stops the page registry importing the app layer, and a feature or component the registry', async () => {
    expect(
      await lint(
        'src/routing/Fixture.ts',
        "import { AppRoutes } from '../app/AppRoutes';\nexport const x = AppRoutes;\n",
      ),
    ).toEqual([
      expect.stringMatching(
        /^import-x\/no-restricted-paths: .*the page registry never imports it \(docs\/decisions\/017\)/,
      ),
    ]);
    for (const [path, from] of [
      ['src/features/plan/Fixture.tsx', '../../routing/pages'],
      ['src/components/Fixture.tsx', '../routing/lazyPages'],
    ] as const)
      expect(
        await lint(path, `import { PAGES } from '${from}';\nexport const x = PAGES;\n`),
        path,
      ).toEqual([
        expect.stringMatching(
          /^import-x\/no-restricted-paths: .*only the typed paths \(src\/routing\/paths.ts\) are read/,
        ),
      ]);
  });

  it('lets a feature and a component link through the typed paths, which import no page', async () => {
    expect(
      await lint(
        'src/features/plan/Fixture.tsx',
        "import { paths } from '../../routing/paths';\nexport const x = paths;\n",
      ),
    ).toEqual([]);
    expect(
      await lint(
        'src/routing/paths.ts',
        "import { DataTable } from '../components/DataTable';\nexport const x = DataTable;\n",
      ),
    ).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*The typed paths sit below/),
    ]);
  });

  it('stops the page registry importing the build machine’s code', async () => {
    expect(
      await lint(
        'src/routing/Fixture.ts',
        "import { pageGroups } from '../build/chunks';\nexport const x = pageGroups;\n",
      ),
    ).toEqual([
      expect.stringMatching(
        /^import-x\/no-restricted-paths: .*src\/build runs on the build machine only; the app never imports it \(docs\/decisions\/017\)/,
      ),
    ]);
  });

  it("stops a workshop step importing another step's internals", async () => {
    const messages = await lint(
      'src/features/workshop/present/Fixture.tsx',
      "import { ActionDistribution } from '../results/ActionDistribution';\nexport const x = ActionDistribution;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*A workshop step does not import/),
    ]);
  });

  it('lets a workshop step use the shared folder, and a feature use shared components', async () => {
    expect(
      await lint(
        'src/features/workshop/present/Fixture.tsx',
        "import { AnswerSpread } from '../shared/AnswerSpread';\nimport { DataTable } from '../../../components/DataTable';\nexport const x = [AnswerSpread, DataTable];\n",
      ),
    ).toEqual([]);
  });

  it("stops the workshop's shared folder importing a step", async () => {
    expect(
      await lint(
        'src/features/workshop/shared/Fixture.tsx',
        "import { TurnPage } from '../turn/TurnPage';\nexport const x = TurnPage;\n",
      ),
    ).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*shared pieces import no step/),
    ]);
  });

  it('stops the domain importing node: modules, React, stores or UI', async () => {
    const messages = await lint(
      'src/domain/scoring/Fixture.ts',
      [
        "import { readFileSync } from 'node:fs';",
        "import { useMemo } from 'react';",
        "import { useAssessmentStore } from '../../state/assessmentStore';",
        'export const x = [readFileSync, useMemo, useAssessmentStore];',
      ].join('\n'),
    );
    expect(messages).toEqual([
      expect.stringMatching(/^no-restricted-imports: .*Node-only code goes in src\/build/),
      expect.stringMatching(/^no-restricted-imports: .*no React and no stores/),
      expect.stringMatching(/^import-x\/no-restricted-paths: .*The domain is pure TypeScript/),
    ]);
  });

  it('stops shared components reading stores', async () => {
    const messages = await lint(
      'src/components/Fixture.tsx',
      "import { useAssessmentStore } from '../state/assessmentStore';\nexport const x = useAssessmentStore;\n",
    );
    expect(messages).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*do not read stores or features/),
    ]);
  });

  it('stops an import cycle', async () => {
    const [result] = await eslint.lintFiles(['test/lint/fixtures/cycle/first.ts']);
    expect(result!.messages.map((m) => `${m.ruleId}: ${m.message}`)).toEqual([
      expect.stringMatching(/^import-x\/no-cycle: Dependency cycle detected/),
    ]);
  });
});

import { defineConfig } from 'vitest/config';

// The workshop's CSV files opened in a real spreadsheet, LibreOffice Calc (npm run test:spreadsheet).
export default defineConfig({
  test: {
    include: ['test/tools/spreadsheet/**/*.calc.ts'],
    environment: 'node',
    testTimeout: 180_000,
  },
});

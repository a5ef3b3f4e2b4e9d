import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contentFiles, type ContentFileName } from '../domain/content/schema.ts';
import {
  validateContent,
  type ContentProblem,
  type ContentValidation,
} from '../domain/content/validate.ts';

// Node-only: reads content/ from disk for the build check and the content tests. Not imported by the app.
export function validateContentDir(dir: string): ContentValidation {
  const raw: Partial<Record<ContentFileName, unknown>> = {};
  const notJson: ContentProblem[] = [];
  for (const file of Object.keys(contentFiles) as ContentFileName[]) {
    let text: string;
    try {
      text = readFileSync(join(dir, file), 'utf8');
    } catch {
      continue; // reported as "file is missing" by validateContent
    }
    try {
      raw[file] = JSON.parse(text);
    } catch (error) {
      notJson.push({
        file,
        path: '(file)',
        message: `not valid JSON: ${(error as Error).message}`,
      });
    }
  }
  if (notJson.length > 0) return { ok: false, problems: notJson };
  return validateContent(raw);
}

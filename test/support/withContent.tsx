import { render, type RenderOptions } from '@testing-library/react';
import type { ReactElement, ReactNode } from 'react';
import { appContent } from '../../src/app/appContent';
import { ContentProvider, ResearchProvider } from '../../src/components/content/ContentContext';
import { researchContent } from '../../src/domain/content/research';

/** What the app and the routing hand down, for a component rendered on its own. */
export function ContentWrapper({ children }: { children: ReactNode }) {
  return (
    <ContentProvider content={appContent}>
      <ResearchProvider research={researchContent}>{children}</ResearchProvider>
    </ContentProvider>
  );
}

/** Testing Library's render, inside the content the app hands down. */
export const renderWithContent = (ui: ReactElement, options?: Omit<RenderOptions, 'wrapper'>) =>
  render(ui, { wrapper: ContentWrapper, ...options });

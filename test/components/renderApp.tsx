import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { vi } from 'vitest';

/**
 * Renders the app's routes at a path with freshly loaded modules, as a new page load would: the stores
 * are created again and read whatever is in localStorage. That is what "close the tab and come back" is.
 */
export async function renderApp(path: string) {
  vi.resetModules();
  const { AppRoutes } = await import('../../src/app/AppRoutes');
  const { appContent } = await import('../../src/app/appContent');
  const { ContentProvider } = await import('../../src/components/content/ContentContext');
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <ContentProvider content={appContent}>
        <AppRoutes />
      </ContentProvider>
    </MemoryRouter>,
  );
  return { user, ...view };
}

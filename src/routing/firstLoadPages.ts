import type { ComponentType } from 'react';
import { AboutYouPage } from '../features/assessment/AboutYouPage';
import { CheckAnswersPage } from '../features/assessment/CheckAnswersPage';
import { SectionPage } from '../features/assessment/SectionPage';
import { LandingPage } from '../features/landing/LandingPage';
import { DataDeletedPage } from '../features/your-data/DataDeletedPage';
import type { PagesWhere } from './pages';

/** The pages in the first load (./pages.ts): the ones a visitor opens first, ready at once. */
export const FIRST_LOAD_PAGES = {
  landing: LandingPage,
  aboutYou: AboutYouPage,
  section: SectionPage,
  check: CheckAnswersPage,
  dataDeleted: DataDeletedPage,
} satisfies Record<PagesWhere<'site', 'first-load'>, ComponentType>;

import type { ComponentType } from 'react';
import type { Slide, SlideKind } from '../../../domain/group/slides';
import { BehavioursSlide } from './BehavioursSlide';
import { OverviewSlide } from './OverviewSlide';
import { PlanSlide } from './PlanSlide';
import { PromptSlide } from './PromptSlide';
import { SectionSlide } from './SectionSlide';
import { SinceEarlierSlide } from './SinceEarlierSlide';
import { TitleSlide } from './TitleSlide';
import { WeakSlide } from './WeakSlide';

/** One small view per kind of slide; each is given its slide and nothing else. */
const VIEWS: { [K in SlideKind]: ComponentType<{ slide: Extract<Slide, { kind: K }> }> } = {
  title: TitleSlide,
  overview: OverviewSlide,
  since: SinceEarlierSlide,
  section: SectionSlide,
  prompt: PromptSlide,
  behaviours: BehavioursSlide,
  weak: WeakSlide,
  plan: PlanSlide,
};

/**
 * One screen of the presentation. Each has its own heading, which takes focus when it appears, and
 * uses one scale, scores out of 100, as the rest of the app does (issue 25).
 */
export function SlideView({ slide }: { slide: Slide }) {
  const View = VIEWS[slide.kind] as ComponentType<{ slide: Slide }>;
  return <View slide={slide} />;
}

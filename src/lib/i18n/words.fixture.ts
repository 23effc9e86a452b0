/** Localizers for tests: English, and German from its catalogue, on a given atlas. */
import en from './messages/en.ts';
import de from './messages/de.ts';
import { Localizer } from './localizer.ts';
import type { AtlasText, CompiledAtlas, SharedText } from '../data/types.ts';

export const EMPTY_ATLAS: CompiledAtlas = {
  format: 1,
  atlas: {
    id: 't',
    title: 'T',
    subject: 'Acme',
    description: 'd',
    credits: 'c',
    lastReviewed: '2025-01-01',
    start: '2015-01-01',
  },
  scale: [],
  jurisdictions: [],
  actions: [],
  coverage: [],
};

export function english(atlas: CompiledAtlas = EMPTY_ATLAS): Localizer {
  return new Localizer({ locale: 'en', messages: en, atlas });
}

export function german(atlas: CompiledAtlas = EMPTY_ATLAS, shared?: SharedText, atlasText?: AtlasText): Localizer {
  return new Localizer({ locale: 'de', messages: de, atlas, shared, atlasText });
}

/**
 * One language's words for one atlas: the interface's messages, Intl formatting, and the data's
 * text in that language where the data has it. Data text without a translation stays in the
 * data's language (English) and says so, so that the interface can mark it `lang="en"` and
 * screen readers switch voice.
 */
import type { Messages } from './messages/en.ts';
import { sharedFormatter, type Format } from './format.ts';
import type { Locale } from './locales.ts';
import type { Region } from '../geo/regions.ts';
import type { Action, ActionLevel, Level, Alliance, AtlasMeta, AtlasText, CompiledAtlas, SharedText } from '../data/types.ts';

/** Each map region's name in the catalogues. */
const REGION_NAMES = {
  world: 'regionWorld',
  europe: 'regionEurope',
  'north-america': 'regionNorthAmerica',
  asia: 'regionAsia',
  africa: 'regionAfrica',
  oceania: 'regionOceania',
} as const satisfies Record<Region, keyof Messages>;

/** The language the data is written in. */
export const DATA_LOCALE: Locale = 'en';

/** A piece of text and the language it is in. */
export interface Localized {
  text: string;
  lang: Locale;
}

export interface LocalizerInit {
  locale: Locale;
  messages: Messages;
  atlas: CompiledAtlas;
  shared?: SharedText | null;
  atlasText?: AtlasText | null;
}

export class Localizer {
  readonly locale: Locale;
  readonly m: Messages;
  readonly f: Format;
  private readonly shared: SharedText | null;
  private readonly atlasText: AtlasText | null;
  private readonly names: ReadonlyMap<string, string>;
  private readonly atlas: CompiledAtlas;

  constructor(init: LocalizerInit) {
    this.locale = init.locale;
    this.m = init.messages;
    this.f = sharedFormatter(init.locale);
    // Text for another locale (a stale or misplaced file) is not this locale's text.
    this.shared = init.shared?.locale === init.locale ? init.shared : null;
    this.atlasText = init.atlasText?.locale === init.locale ? init.atlasText : null;
    this.atlas = init.atlas;
    this.names = new Map(init.atlas.jurisdictions.map((j) => [j.id, j.name]));
  }

  private pick(translated: string | undefined, original: string): Localized {
    return translated ? { text: translated, lang: this.locale } : { text: original, lang: DATA_LOCALE };
  }

  /** A map region's name. */
  region(r: Region): string {
    return this.m[REGION_NAMES[r]];
  }

  /** What a region view's legend and slide say of their counts ("Counts: Europe only"); null for the world. */
  countsScope(r: Region): string | null {
    return r === 'world' ? null : this.m.countsRegionOnly(this.region(r));
  }

  /** `lang` for an element holding `t`: only where it differs from the page's. */
  langOf(t: Localized): Locale | undefined {
    return t.lang === this.locale ? undefined : t.lang;
  }

  /** `lang` for data text that is never translated (authorities, notes): the data's language, where it differs. */
  get dataLang(): Locale | undefined {
    return this.locale === DATA_LOCALE ? undefined : DATA_LOCALE;
  }

  country(id: string): Localized {
    return this.pick(this.shared?.countries[id], this.names.get(id) ?? id);
  }

  name(id: string): string {
    return this.country(id).text;
  }

  level(level: Level | ActionLevel): Localized {
    if (level === 'context') return { text: this.m.contextShort, lang: this.locale };
    const entry = this.atlas.scale.find((s) => s.level === level);
    return this.pick(this.shared?.scale[level]?.label, entry?.label ?? level);
  }

  definition(level: Level | ActionLevel): Localized {
    const entry = this.atlas.scale.find((s) => s.level === level);
    return this.pick(this.shared?.scale[level]?.definition, entry?.definition ?? '');
  }

  alliance<K extends 'name' | 'short' | 'description'>(a: Pick<Alliance, 'id' | K>, key: K): Localized {
    return this.pick(this.shared?.alliances[a.id]?.[key], a[key]);
  }

  meta(key: 'title' | 'description' | 'subject' | 'credits'): Localized {
    const meta: AtlasMeta = this.atlas.atlas;
    return this.pick(this.atlasText?.atlas[key], meta[key]);
  }

  action(a: Pick<Action, 'id' | 'summary' | 'scope'>, key: 'summary' | 'scope'): Localized {
    return this.pick(this.atlasText?.actions[a.id]?.[key], a[key]);
  }
}

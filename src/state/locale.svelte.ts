/**
 * The reader's language: its messages, its Intl formatting and the data's text in it, as one
 * Localizer. `set` loads the locale's catalogue chunk and its data text first and switches in one
 * step, so nothing renders half-translated; a later `set` overtakes one still loading.
 */
import { Localizer } from '../lib/i18n/localizer.ts';
import type { Messages } from '../lib/i18n/messages/en.ts';
import type { Locale } from '../lib/i18n/locales.ts';
import type { AtlasText, CompiledAtlas, SharedText } from '../lib/data/types.ts';

/** Where a locale's words come from: the browser fetches them, tests pass fixtures. */
export interface LocaleSource {
  messages(locale: Locale): Promise<Messages>;
  /** The shared data text (countries, scale, alliances); null where there is none. */
  shared(locale: Locale): Promise<SharedText | null>;
  /** The atlas's data text; null where there is none. */
  atlasText(locale: Locale): Promise<AtlasText | null>;
}

export interface LocaleInit {
  locale: Locale;
  messages: Messages;
  shared?: SharedText | null;
  atlasText?: AtlasText | null;
}

export class LocaleState {
  #t: Localizer = $state.raw() as unknown as Localizer;
  #chosen = $state(false);
  private pending = 0;

  constructor(
    private readonly atlas: CompiledAtlas,
    init: LocaleInit,
    private readonly source: LocaleSource | null,
    /** The locale of the page itself (de/ is German): English on the root pages. */
    readonly page: Locale = init.locale,
  ) {
    this.#t = new Localizer({ ...init, atlas });
  }

  get t(): Localizer {
    return this.#t;
  }

  get current(): Locale {
    return this.#t.locale;
  }

  /** True when the reader asked for the language (lang= or the menu): then shared links carry it. */
  get chosen(): boolean {
    return this.#chosen;
  }

  /** Switches to `locale` once its words are here. A failed data file leaves that text in the data's language. */
  async set(locale: Locale, chosen = true): Promise<void> {
    const ticket = ++this.pending;
    this.#chosen = chosen;
    if (locale === this.current) return;
    if (!this.source) throw new Error('LocaleState.set: no LocaleSource was given to load another language');
    const [messages, shared, atlasText] = await Promise.all([
      this.source.messages(locale),
      this.source.shared(locale).catch(() => null),
      this.source.atlasText(locale).catch(() => null),
    ]);
    if (ticket !== this.pending) return;
    this.#t = new Localizer({ locale, messages, shared, atlasText, atlas: this.atlas });
  }
}

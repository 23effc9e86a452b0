/**
 * What the reader chose to look at: the country, the overlays, the view, the theme, the region, what is
 * highlighted or hovered, the open dialog and the map's renderer. Every change goes through a
 * method, so the rules (a known country, overlays in canonical order) hold everywhere.
 */
import type { Level } from '../lib/data/types.ts';
import type { Theme, View } from '../lib/url/state.ts';
import { DEFAULT_REGION, type Region } from '../lib/geo/regions.ts';

export type Renderer = 'flat' | 'zoom' | 'globe';
export type Dialog = 'embed';

export class UiState {
  #country = $state<string | null>(null);
  #overlays = $state<string[]>([]);
  #view = $state<View>('map');
  #theme = $state<Theme>('auto');
  #region = $state<Region>(DEFAULT_REGION);
  #regionChosen = $state(false);
  #showTitle = $state(true);
  #showControls = $state(true);
  #hovered = $state<string | null>(null);
  #hoverLevel = $state<Level | null>(null);
  #pinnedLevel = $state<Level | null>(null);
  #dialog = $state<Dialog | null>(null);
  #renderer = $state<Renderer>('flat');
  #glNotice = $state<string | null>(null);
  #panelFocus = $state(0);

  constructor(
    private readonly knows: (id: string) => boolean,
    /** Every alliance id, in the order overlays are listed and drawn. */
    private readonly alliances: readonly string[],
  ) {}

  get country(): string | null {
    return this.#country;
  }
  get overlays(): readonly string[] {
    return this.#overlays;
  }
  get view(): View {
    return this.#view;
  }
  get theme(): Theme {
    return this.#theme;
  }
  /** The region the reader asked for (the map follows once its model is loaded). */
  get region(): Region {
    return this.#region;
  }
  /** Whether the URL named the region or the reader picked it (not the window's default). */
  get regionChosen(): boolean {
    return this.#regionChosen;
  }
  get showTitle(): boolean {
    return this.#showTitle;
  }
  get showControls(): boolean {
    return this.#showControls;
  }
  get hovered(): string | null {
    return this.#hovered;
  }
  /** The legend entry whose countries stand out: the pinned one, else the hovered or focused one. */
  get highlight(): Level | null {
    return this.#pinnedLevel ?? this.#hoverLevel;
  }
  get pinnedLevel(): Level | null {
    return this.#pinnedLevel;
  }
  get dialog(): Dialog | null {
    return this.#dialog;
  }
  get renderer(): Renderer {
    return this.#renderer;
  }
  get glNotice(): string | null {
    return this.#glNotice;
  }
  /** Bumped when the selection should take focus (a click or Enter, not a list being browsed). */
  get panelFocus(): number {
    return this.#panelFocus;
  }

  select(id: string | null, focus = false): void {
    this.#country = id !== null && this.knows(id) ? id : null;
    if (focus && this.#country) this.#panelFocus += 1;
  }

  toggleOverlay(id: string): void {
    const on = this.#overlays.includes(id);
    this.setOverlays(this.alliances.filter((a) => (a === id ? !on : this.#overlays.includes(a))));
  }

  setOverlays(ids: readonly string[]): void {
    this.#overlays = this.alliances.filter((a) => ids.includes(a));
  }

  setView(view: View): void {
    this.#view = view;
  }

  setTheme(theme: Theme): void {
    this.#theme = theme;
  }

  /** `chosen: false` for the region a window opens on by itself. */
  setRegion(region: Region, chosen = true): void {
    this.#region = region;
    this.#regionChosen = chosen;
  }

  setEmbedOptions(showTitle: boolean, showControls: boolean): void {
    this.#showTitle = showTitle;
    this.#showControls = showControls;
  }

  hover(id: string | null): void {
    this.#hovered = id;
  }

  /** Hover or focus on a legend entry; null when the pointer or focus leaves. */
  hoverLevel(level: Level | null): void {
    this.#hoverLevel = level;
  }

  /** A click on a legend entry pins its highlight, and a second click unpins it. */
  togglePinnedLevel(level: Level): void {
    this.#pinnedLevel = this.#pinnedLevel === level ? null : level;
  }

  openDialog(dialog: Dialog): void {
    this.#dialog = dialog;
  }

  closeDialog(): void {
    this.#dialog = null;
  }

  setRenderer(renderer: Renderer): void {
    this.#renderer = renderer;
    this.#glNotice = null;
  }

  /** The WebGL map is unavailable or failed: back to the flat map, saying why. */
  glFailed(reason: string): void {
    this.#renderer = 'flat';
    this.#glNotice = reason;
  }
}

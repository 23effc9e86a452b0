/**
 * Everything the interface says, in English: the catalogue every other locale must match
 * (`satisfies Messages`, so a missing message fails the type check). Messages are whole
 * sentences with their values passed in, never fragments to concatenate: word order differs
 * between languages. Dates and lists arrive already formatted (src/lib/i18n/format.ts); counts
 * arrive as numbers, so that each language picks its own plural form.
 */
import { plural } from '../plural.ts';

const n = (x: number): string => x.toLocaleString('en-GB');
const p = (x: number, one: string, other: string): string => plural('en', x, { one, other });

const en = {
  // Page and shell
  skipToMap: 'Skip to the map',
  mapHeading: 'Map',
  tableHeading: 'Table of actions',
  dateHeading: 'Date',
  statusOn: (date: string) => `Status on ${date}`,
  footerPromise: 'Every status is an action with a date, an authority and sources.',
  methodology: 'Methodology',
  downloadTheData: 'Download the data:',
  noTracking: 'No cookies, no tracking, nothing loaded from other sites.',
  somethingWentWrong: 'Something went wrong while showing this map.',
  openExplorer: 'Open the full explorer',
  loadFailed: 'The map’s data could not be loaded, so the map is not interactive yet. Check your connection and try again.',
  tryAgain: 'Try again',
  noscript: (date: string) => `This map is interactive with JavaScript. Without it, it shows ${date}.`,
  mapAsImage: 'The map as an image',
  dataCsvLink: 'the data (CSV)',
  pageTitleMethodology: (title: string) => `Methodology · ${title}`,
  feedTitle: (title: string) => `${title} (Atom feed of every action)`,

  // Header and toolbar
  kicker: (subject: string) => `Ban Atlas · ${subject}`,
  dataAsOf: (date: string) => `Data as of ${date}`,
  methodologyAndSources: 'Methodology and sources',
  atlases: 'Atlases',
  view: 'View',
  viewMap: 'Map',
  viewTable: 'Table',
  viewActions: 'Actions',
  theme: 'Theme',
  themeSystem: 'System theme',
  themeLight: 'Light',
  themeDark: 'Dark',
  embed: 'Embed',
  language: 'Language',

  // Map
  mapType: 'Map type',
  flat: 'Flat',
  zoom: 'Zoom',
  globe: 'Globe',
  region: 'Region',
  regionWorld: 'World',
  regionEurope: 'Europe',
  regionNorthAmerica: 'North America',
  regionOceania: 'Oceania',
  regionAsia: 'Asia',
  regionAfrica: 'Africa',
  /** Under an exported slide's legend when a region is shown: "Counts: Europe only". */
  countsRegionOnly: (region: string) => `Counts: ${region} only`,
  legendLabel: 'Status on the selected date',
  checkedCount: (count: number) => `${n(count)} checked`,
  checkedCountAsOf: (count: number, date: string) => `${n(count)} checked (as of ${date})`,
  unresearchedCount: (count: number) => `${n(count)} not yet researched`,
  clickForDetails: 'Click for details',
  latestContext: (date: string, summary: string) => `${date} (context, sets no status): ${summary}`,
  latestOn: (date: string, summary: string) => `${date}: ${summary}`,
  regionFailed: 'This region’s map could not be loaded.',
  outlinesFailed: 'The alliance outlines could not be loaded; the summaries beside the map still hold.',
  glNoWebgl: 'Zoom and the globe need WebGL, which this browser has turned off. The flat map keeps every feature.',
  glLoadFailed: 'The zoomable map could not be loaded; the flat map keeps every feature.',
  glGeometryFailed: 'The zoomable map could not load its geometry; the flat map keeps every feature.',
  glContextLost: 'The graphics context was lost and not restored; the flat map took over.',

  // Time
  play: 'Play',
  pause: 'Pause',
  previousAction: 'Previous action',
  nextAction: 'Next action',
  actionsOverTime: 'Actions over time',
  beforeFirstAction: 'Before the first action',
  contextShort: 'Context',
  tickName: (date: string, items: string) => `${date} · ${items}`,
  tickItem: (name: string, level: string) => `${name} · ${level}`,
  /** The slider's aria-valuetext. */
  dateValue: (date: string, count: number) =>
    `${date}: ${p(count, `${n(count)} jurisdiction restricts`, `${n(count)} jurisdictions restrict`)}`,
  summaryNone: (date: string, subject: string) => `On ${date}, no government restricted ${subject}.`,
  summarySome: (date: string, count: number, subject: string, list: string) =>
    `On ${date}, ${p(count, `${n(count)} jurisdiction`, `${n(count)} jurisdictions`)} restricted ${subject}: ${list}.`,
  andMore: (count: number) => `${n(count)} more`,
  change: (name: string, level: string) => `${name}: ${level}`,
  changesMore: (count: number) => `and ${n(count)} more`,
  spreadStayed: (count: number, year: string) => `Restricting jurisdictions stayed at ${n(count)} from ${year} on.`,
  spreadRose: (from: number, fromYear: string, to: number, toYear: string) =>
    `Restricting jurisdictions rose from ${n(from)} in ${fromYear} to ${n(to)} in ${toYear}.`,
  spreadFell: (from: number, fromYear: string, to: number, toYear: string) =>
    `Restricting jurisdictions fell from ${n(from)} in ${fromYear} to ${n(to)} in ${toYear}.`,
  spreadReturned: (from: number, fromYear: string, to: number, toYear: string) =>
    `Restricting jurisdictions returned from ${n(from)} in ${fromYear} to ${n(to)} in ${toYear}.`,
  spreadPeak: (sentence: string, peak: number, year: string) =>
    `${sentence.replace(/\.$/, '')}, after a peak of ${n(peak)} in ${year}.`,

  // Side panel
  alliances: 'Alliances',
  allianceOutline: (name: string) => `${name} outline`,
  allianceSummary: (name: string, restricting: number, members: number) =>
    `${name}: ${p(restricting, `${n(restricting)} of ${n(members)} members restricts`, `${n(restricting)} of ${n(members)} members restrict`)}`,
  bodies: 'International bodies',
  countryDetails: 'Country details',
  findCountry: 'Find a country',
  typeName: 'Type a name',
  countries: 'Countries',
  noCountryMatches: 'No country matches',
  closeDetails: 'Close details',
  /** After the level, in bold: "Government-wide ban | on 21 February 2025". */
  levelOnDate: (date: string) => `on ${date}`,
  memberOf: (list: string) => `Member of ${list} on this date.`,
  latestAction: 'Latest action',
  actionsNewestFirst: 'Actions, newest first',
  itsSource: 'Its source in the full explorer',
  allActions: (count: number) => `All ${n(count)} actions in the full explorer`,
  noActionFor: (subject: string, name: string) => `No action on ${subject} is recorded for ${name}.`,
  notResearched: 'Not yet researched',
  checkedNothing: 'Checked: no action found',
  checkedNothingAsOf: (date: string) => `Checked: no action found (as of ${date})`,
  actionsRecorded: 'Actions recorded',
  actionsRecordedAsOf: (date: string) => `Actions recorded; checked (as of ${date})`,

  // One action
  afterSelectedDate: 'After the selected date',
  contextTag: 'Context: sets no status',
  authority: 'Authority',
  instrument: 'Instrument',
  scope: 'Scope',
  inForce: 'In force',
  ended: 'Ended',
  lastDayInForce: (date: string) => `${date} (last day in force)`,
  deadlines: 'Deadlines',
  notes: 'Notes',
  confidence: 'Confidence',
  confidenceHigh: 'High',
  confidenceMedium: 'Medium',
  confidenceLow: 'Low',
  sources: 'Sources',
  sourceMeta: (publisher: string, date: string) => `${publisher}, ${date}`,
  sourceMetaPrimary: (publisher: string, date: string) => `${publisher}, ${date} · primary document`,

  // Action list and table
  everyAction: 'Every action',
  everyActionOf: (name: string) => `Every action: ${name}`,
  level: 'Level',
  allLevels: 'All levels',
  contextLevel: 'Context (sets no status)',
  newestFirst: 'Newest first',
  showEveryJurisdiction: 'Show every jurisdiction',
  actionCount: (count: number) => p(count, `${n(count)} action`, `${n(count)} actions`),
  goToDate: 'Go to this date',
  filterByName: 'Filter by name',
  onlyRecorded: 'Only jurisdictions with a recorded action',
  shownCount: (count: number) => `${n(count)} shown`,
  columnJurisdiction: 'Jurisdiction',
  columnStatus: 'Status',
  columnLatest: 'Latest action',
  columnResearch: 'Research',
  noneRecorded: 'None recorded',

  // Downloads
  download: 'Download',
  mapPng: 'Map as PNG',
  mapSvg: 'Map as SVG',
  dataCsv: 'Data as CSV',
  dataJson: 'Data as JSON',
  reuseHeading: 'Reuse and cite',
  reuseText: 'Data and images: CC BY 4.0, crediting Ban Atlas; map data from Natural Earth.',
  reuseMore: 'More, and BibTeX',
  exportCredit: (credits: string, date: string, url: string) => `Source: ${credits} Data as of ${date}. ${url}`,
  csvNote: (title: string, date: string, url: string) =>
    `${title}. Data as of ${date}. One row per action; the columns and their values are in English, as in the data. Licence CC BY 4.0, crediting Ban Atlas: ${url}`,

  // Embed
  embedTitle: 'Embed this map',
  close: 'Close',
  embedIntro: 'The embed shows the current overlays and country. It loads nothing from other sites and sets no cookies.',
  embedShows: 'What the embed shows',
  onDate: (date: string) => `On ${date}`,
  alwaysToday: 'Always today',
  showTitle: 'Title',
  dateSlider: 'Date slider',
  themeReader: 'Reader’s system setting',
  snippet: 'Snippet',
  kindResponsive: 'Responsive',
  kindResponsiveHelp: 'An iframe that sizes itself, with our small host script.',
  kindPym: 'pym.js',
  kindPymHelp: 'For pages and CMSs that already use pym.js.',
  kindFixed: 'Fixed height',
  kindFixedHelp: 'No script: for Moodle, Canvas, Google Sites and other platforms that strip scripts.',
  kindWordpress: 'WordPress',
  kindWordpressHelp: 'Paste this address on a line of its own; WordPress finds the embed through oEmbed.',
  kindAmp: 'AMP',
  kindAmpHelp: 'For AMP pages, which also need the amp-iframe script in their head; the frame sizes itself.',
  kindLine: (label: string, help: string) => `${label}: ${help}`,
  address: 'Address',
  code: 'Code',
  copyCode: 'Copy code',
  copied: 'Copied',
  preview: 'Preview',
  previewTitle: 'Preview of the embed',
  interactiveMap: (title: string) => `${title} (interactive map)`,
  creditSource: (credits: string) => `Source: ${credits}`,

  // Story mode (the steps' titles and captions are data, in the data's language)
  storyOpen: 'Story',
  storyOpenLabel: 'Open the story: a guided walk through the bans, step by step',
  storyProgress: (step: number, count: number) => `${n(step)} of ${n(count)}`,
  storyPrevious: 'Previous',
  storyNext: 'Next',
  storyLeave: 'Leave story',
  storySources: 'Sources:',
  /** What the live region says when a step opens. */
  storyAnnounce: (step: number, count: number, title: string, caption: string) =>
    `Step ${n(step)} of ${n(count)}: ${title}. ${caption}`,
  storyEmbedOption: 'Story: step through the guided walk',

  // Time-lapse video
  videoMenuItem: 'Time-lapse video…',
  videoTitle: 'Time-lapse video',
  videoIntro:
    'The map on every date from the first action to today, pausing where a status changes: with the date, the legend with counts, the title and the credit.',
  videoFormat: 'Format',
  videoFormatWide: 'Landscape, 1920 × 1080 (slides, projectors)',
  videoFormatSquare: 'Square, 1080 × 1080 (social media)',
  videoPace: 'Pace',
  videoPaceFast: 'Fast: half a second per year',
  videoPaceNormal: 'One second per year',
  videoPaceSlow: 'Slow: two seconds per year',
  videoCreate: 'Create video',
  videoCancel: 'Cancel',
  videoProgress: 'Encoding the video',
  videoPercent: (percent: number) => `${n(percent)}% done`,
  videoDone: (name: string, mb: string, seconds: number) => `Downloaded ${name} (${mb} MB, ${n(seconds)} s).`,
  videoCancelled: 'Cancelled. No file was made.',
  videoFailed: (message: string) => `The video could not be made: ${message}`,
  videoGifNote: 'This browser cannot encode video: it makes an animated GIF at half size instead.',
  videoLoadFailed: 'The video maker could not be loaded. Check your connection and try again.',

  // Printed handout
  handoutMenuItem: 'Print handout',
  handoutActions: 'Every action, in order',
  handoutSources: 'Sources',
  handoutPrinted: (date: string, url: string) => `Printed on ${date} from ${url}`,

  // Methodology page
  backToMap: '← Back to the map',
  methodologyInEnglish: 'This methodology is written in English.',
};

export type Messages = typeof en;
export default en;

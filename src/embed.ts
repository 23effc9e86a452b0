/**
 * The embed's entry. Its map, legend and date are in the prerendered page and need no script to
 * show, so the app's code is fetched and run only once the page has painted: on a slow
 * connection the 40 KB bundle no longer shares the line with the page's own HTML, and its
 * evaluation no longer comes before the page's full first paint (README, "Performance").
 */
let started = false;
function start(): void {
  if (started) return;
  started = true;
  void Promise.all([import('./boot.ts'), import('./Embed.svelte')]).then(([{ boot }, { default: Embed }]) => boot(Embed, true));
}
requestAnimationFrame(() => setTimeout(start));
// No animation frames in a hidden tab or an off-screen frame: start anyway.
setTimeout(start, 250);

/** Whether this browser can give MapLibre a WebGL2 context; checked before loading it at all. */
export function webgl2Available(): boolean {
  try {
    const canvas = document.createElement('canvas');
    const gl = canvas.getContext('webgl2');
    gl?.getExtension('WEBGL_lose_context')?.loseContext();
    return !!gl;
  } catch {
    return false;
  }
}

/** Resolves a CSS colour (custom properties and light-dark() included) to rgb() in this element's scheme. */
export function resolveColour(el: Element, value: string): string {
  const probe = document.createElement('span');
  probe.style.color = value;
  el.append(probe);
  const rgb = getComputedStyle(probe).color;
  probe.remove();
  return rgb;
}

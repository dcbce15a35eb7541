// What every screen must hold, at every size it is shown at: no page wider than its window, nothing to press
// off its edge, headline figures whole; axe-core finds nothing serious or critical; one h1 and headings in
// order; a banner, named navigation and one main; a skip link that takes the keyboard to the main content.
// Each check answers the problems it found (empty: none), so a failing test lists them all.
//
// The page-side code is written as strings: this project compiles the tests without the DOM's types.
import fs from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { SCREENSHOTS } from './support';

export interface ScreenSize {
  /** In screenshot names: the CSS width, and "-zoom200" when zoomed. */
  name: string;
  width: number;
  height: number;
  /** deviceScaleFactor of the page's context; 2 for an office screen zoomed to 200%. */
  scale: number;
}

/** A phone (the narrowest common one is 360 px; 390 is today's usual). */
export const PHONE: ScreenSize = { name: '390', width: 390, height: 844, scale: 1 };
/** The same phone turned sideways: wide enough for the office layout's first breakpoint, and very short. */
export const PHONE_SIDEWAYS: ScreenSize = { name: '844x390', width: 844, height: 390, scale: 1 };
/** The officials' usual office screen. */
export const OFFICE: ScreenSize = { name: '1366', width: 1366, height: 768, scale: 1 };
/**
 * The office screen with the browser zoomed to 200% (Ctrl and +), as WCAG 1.4.4 asks. Chrome's zoom makes
 * every CSS pixel two device pixels: the page lays out in a 683×384 CSS viewport, its media queries see
 * 683 px, and devicePixelRatio is 2. A context with that viewport and deviceScaleFactor 2 is exactly that.
 * Pinch zoom (Emulation.setPageScaleFactor) would not do: it magnifies without laying the page out again.
 */
export const OFFICE_ZOOMED: ScreenSize = { name: '683-zoom200', width: 683, height: 384, scale: 2 };

/** Shows the page at `size` (its context must have been made with `size.scale`). */
export async function resize(page: Page, size: ScreenSize) {
  const current = page.viewportSize();
  if (current?.width !== size.width || current.height !== size.height) {
    await page.setViewportSize({ width: size.width, height: size.height });
  }
  // Two frames: the layout after the resize, then whatever the app redraws in answer to it.
  await page.evaluate('new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done)))');
}

/**
 * The whole page at `size`, in CSS pixels: a zoomed page comes out as wide as its layout (683 px), which is
 * what a person checks; a device-pixel copy of a long page four times the size took seconds each.
 */
export const layoutShot = (page: Page, screen: string, size: ScreenSize) =>
  page.screenshot({ path: path.join(SCREENSHOTS, `layout-${screen}-${size.name}.png`), fullPage: true, scale: 'css' });

/**
 * Nothing is wider than the window: the document itself, any control (a button, a field, a link) unless
 * it sits in a box that scrolls sideways on purpose, and the headline figures, which must not be clipped.
 */
export function widthProblems(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const problems = [];
    const doc = document.documentElement;
    const describe = (el) => el.tagName.toLowerCase() +
      (el.dataset.testid ? '[data-testid=' + el.dataset.testid + ']' : '') +
      (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/).join('.') : '');
    const scrollsSideways = (el) => {
      for (let p = el.parentElement; p && p !== doc && p !== document.body; p = p.parentElement) {
        if (['auto', 'scroll'].includes(getComputedStyle(p).overflowX)) return true;
      }
      return false;
    };
    if (doc.scrollWidth > innerWidth) {
      const all = [...document.body.querySelectorAll('*')].filter((el) => !scrollsSideways(el));
      const past = all
        .filter((el) => el.getBoundingClientRect().right > innerWidth + 1)
        .map((el) => describe(el) + ' to ' + Math.round(el.getBoundingClientRect().right) + ' px');
      // Or text that does not wrap, running out of a box that itself fits.
      const spilling = all
        .filter((el) => el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX === 'visible')
        .map((el) => describe(el) + ' holds ' + el.scrollWidth + ' px in ' + el.clientWidth + ' px');
      problems.push('the page is ' + doc.scrollWidth + ' px wide in a ' + innerWidth + ' px window; past the edge: ' +
        [...past.slice(-5), ...spilling.slice(-3)].join(', '));
    }
    for (const el of document.querySelectorAll('a[href], button, input, select, textarea, summary')) {
      if (!el.checkVisibility() || scrollsSideways(el)) continue;
      const r = el.getBoundingClientRect();
      if (r.width > 0 && (r.left < -1 || r.right > innerWidth + 1)) {
        problems.push(describe(el) + ' spans ' + Math.round(r.left) + '..' + Math.round(r.right) + ' px, off a ' + innerWidth + ' px window');
      }
    }
    for (const el of document.querySelectorAll('.figure-value')) {
      if (el.scrollWidth > el.clientWidth + 1) {
        problems.push(describe(el) + ' "' + el.textContent + '" is clipped: ' + el.scrollWidth + ' px in ' + el.clientWidth + ' px');
      }
    }
    return problems;
  })()`);
}

/** Exactly one h1, the first heading; no level skipped on the way down (h2 to h4). */
export function headingProblems(page: Page): Promise<string[]> {
  return page.evaluate(`(() => {
    const headings = [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')]
      .filter((h) => h.checkVisibility())
      .map((h) => ({ level: Number(h.tagName[1]), text: h.textContent.trim().slice(0, 60) }));
    const problems = [];
    const h1s = headings.filter((h) => h.level === 1).length;
    if (h1s !== 1) problems.push(h1s + ' h1 headings (one per screen)');
    if (headings.length && headings[0].level !== 1) problems.push('the first heading is h' + headings[0].level + ' "' + headings[0].text + '"');
    headings.forEach((h, i) => {
      if (i > 0 && h.level > headings[i - 1].level + 1) {
        problems.push('h' + h.level + ' "' + h.text + '" follows h' + headings[i - 1].level + ' "' + headings[i - 1].text + '"');
      }
    });
    return problems;
  })()`);
}

/**
 * One main; on a signed-in screen one banner (the header); every navigation landmark named, each
 * differently (a screen reader lists them by name).
 */
export function landmarkProblems(page: Page, { banner }: { banner: boolean }): Promise<string[]> {
  return page.evaluate(`(() => {
    const problems = [];
    const mains = document.querySelectorAll('main, [role=main]').length;
    if (mains !== 1) problems.push(mains + ' main landmarks (one per screen)');
    const banners = [...document.querySelectorAll('header, [role=banner]')]
      .filter((h) => !h.closest('main, nav, aside, article, section, [role=main]')).length;
    if (banners !== ${banner ? 1 : 0}) problems.push(banners + ' banner landmarks (${banner ? 'the header, once' : 'none before signing in'})');
    const names = [...document.querySelectorAll('nav, [role=navigation]')].filter((n) => n.checkVisibility()).map((n) =>
      n.getAttribute('aria-label') ||
      (n.getAttribute('aria-labelledby') || '').split(' ').map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim());
    if (names.some((name) => !name)) problems.push('a navigation landmark without a name');
    const repeated = names.filter((name, i) => name && names.indexOf(name) !== i);
    if (repeated.length) problems.push('navigation landmarks named alike: ' + repeated.join(', '));
    return problems;
  })()`);
}

/**
 * From a freshly opened screen, the first Tab reaches the skip link, shown on screen; Enter moves the focus
 * to the main content. Call it before anything else takes the focus.
 */
export async function skipLinkProblems(page: Page): Promise<string[]> {
  await page.keyboard.press('Tab');
  const link = (await page.evaluate(`(() => {
    const el = document.activeElement;
    const r = el.getBoundingClientRect();
    return { tag: el.tagName, text: el.textContent.trim(), href: el.getAttribute('href'),
      shown: r.width > 1 && r.height > 1 && r.left >= 0 && r.top >= 0 && r.right <= innerWidth && el.checkVisibility() };
  })()`)) as { tag: string; text: string; href: string | null; shown: boolean };
  const problems: string[] = [];
  const expected = ['Bỏ qua, đến nội dung chính', 'Skip to main content'];
  if (link.tag !== 'A' || !expected.includes(link.text)) {
    return [`the first Tab reaches ${link.tag} "${link.text.slice(0, 40)}", not the skip link`];
  }
  if (!link.shown) problems.push('the skip link is not shown while it has the focus');
  await page.keyboard.press('Enter');
  const focused = (await page.evaluate(`(() => {
    const el = document.activeElement;
    return el.tagName + (el.id ? '#' + el.id : '');
  })()`)) as string;
  if (!/^MAIN#/.test(focused) || `#${focused.split('#')[1]}` !== link.href) {
    problems.push(`Enter on the skip link (${link.href}) focused ${focused}, not the main content`);
  }
  return problems;
}

const AXE = require.resolve('axe-core/axe.min.js');

/**
 * axe-core's serious and critical violations on the page as it is now, one line each: the rule, its
 * impact, and where (CSS selectors of the elements).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // Evaluated rather than added as a <script> tag: the app's content policy refuses inline scripts, and it
  // holds in these tests as in production (page.evaluate goes through the DevTools protocol, which it does not govern).
  if (!(await page.evaluate('typeof window.axe !== "undefined"'))) await page.evaluate(`${fs.readFileSync(AXE, 'utf8')}\n;undefined`);
  const violations = (await page.evaluate(
    `axe.run(document, { resultTypes: ['violations'] }).then((r) => r.violations.map((v) => ({
      id: v.id, impact: v.impact, help: v.help, targets: v.nodes.slice(0, 5).map((n) => n.target.join(' ')) })))`,
  )) as { id: string; impact: string; help: string; targets: string[] }[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}: ${v.help}) at ${v.targets.join(' | ')}`);
}

/** All of the checks above that apply at any moment (the skip link is checked once, on arrival). */
export async function screenProblems(page: Page, { banner }: { banner: boolean }): Promise<Record<string, string[]>> {
  return {
    width: await widthProblems(page),
    headings: await headingProblems(page),
    landmarks: await landmarkProblems(page, { banner }),
    axe: await axeViolations(page),
  };
}

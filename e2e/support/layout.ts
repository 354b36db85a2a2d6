// How a page lies in its window: where its h1 ends and whether anything makes it scroll sideways,
// naming the outermost elements that stick out (for a failure message).
import type { Page } from 'playwright-core';

export function measure(page: Page) {
  return page.evaluate(() => {
    const heading = document.querySelector('h1');
    const box = heading?.getBoundingClientRect();
    return {
      headingBottom: box ? box.bottom + window.scrollY : Number.POSITIVE_INFINITY,
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
      wide: [...document.querySelectorAll('body *')]
        .filter((element) => element.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5)
        .filter((element) => !(element.parentElement && element.parentElement.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5))
        .slice(0, 3)
        .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`),
    };
  });
}

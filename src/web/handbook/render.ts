// Renders the handbook's Markdown to HTML with NL Design System classes and linkable headings.
// The source is our own file in docs/handbook, bundled at build time; no user input reaches it.
import { Marked, type Tokens } from 'marked';

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const marked = new Marked({
  gfm: true,
  renderer: {
    heading({ tokens, depth, text }: Tokens.Heading) {
      const inner = this.parser.parseInline(tokens);
      // The manual's single "#" heading is the page's h1 and takes focus after navigation.
      const focus = depth === 1 ? ' tabindex="-1"' : '';
      return `<h${depth} id="${slug(text)}" class="utrecht-heading-${depth}"${focus}>${inner}</h${depth}>\n`;
    },
    paragraph({ tokens }: Tokens.Paragraph) {
      return `<p class="utrecht-paragraph">${this.parser.parseInline(tokens)}</p>\n`;
    },
    // NL Design System lists, so their bullets follow the theme like every other list in the app.
    list({ items, ordered, start }: Tokens.List) {
      const block = ordered ? 'utrecht-ordered-list' : 'utrecht-unordered-list';
      const startAttribute = ordered && typeof start === 'number' && start !== 1 ? ` start="${start}"` : '';
      const body = items.map((item) => `<li class="${block}__item">${this.parser.parse(item.tokens)}</li>\n`).join('');
      return `<${ordered ? 'ol' : 'ul'} class="${block}"${startAttribute}>\n${body}</${ordered ? 'ol' : 'ul'}>\n`;
    },
    link({ href, title, tokens }: Tokens.Link) {
      const titleAttribute = title ? ` title="${title}"` : '';
      return `<a class="utrecht-link utrecht-link--html-a" href="${href}"${titleAttribute}>${this.parser.parseInline(tokens)}</a>`;
    },
  },
});

export function renderHandbook(markdown: string): string {
  return marked.parse(markdown, { async: false });
}

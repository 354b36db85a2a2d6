// Web addresses in plain text (a mail's text version), as a reader means them: a sentence's
// punctuation after an address ("… via https://…/inloggen, wijzig …") is not part of it.
// Used where such text is shown with clickable links (the development outbox) and printed to a
// terminal, which would otherwise make the comma part of the link.

const URL_PATTERN = /https?:\/\/[^\s<>"]+/g;
/** Punctuation that ends a sentence rather than the address. */
const TRAILING = /[.,;:!?)\]]+$/;

export type TextPiece = { kind: 'text'; value: string } | { kind: 'link'; href: string };

/** The text cut into plain pieces and links, in order; joined again they are the text. */
export function splitLinks(text: string): TextPiece[] {
  const pieces: TextPiece[] = [];
  let at = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const trailing = TRAILING.exec(match[0])?.[0] ?? '';
    const href = match[0].slice(0, match[0].length - trailing.length);
    if (match.index > at) pieces.push({ kind: 'text', value: text.slice(at, match.index) });
    pieces.push({ kind: 'link', href });
    at = match.index + href.length;
  }
  if (at < text.length) pieces.push({ kind: 'text', value: text.slice(at) });
  return pieces;
}

/** Only the addresses. */
export function linksIn(text: string): string[] {
  return splitLinks(text).flatMap((piece) => (piece.kind === 'link' ? [piece.href] : []));
}

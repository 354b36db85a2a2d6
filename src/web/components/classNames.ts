// Joins CSS class names, skipping the ones whose condition is false.
export function cx(...names: ReadonlyArray<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ');
}

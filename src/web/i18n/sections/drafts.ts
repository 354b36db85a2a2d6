// Texts of unsaved input kept in the browser ("Uw niet-opgeslagen invoer is teruggezet.") and of
// the warning before a session ends for want of activity. Dutch first; the drafts' notice also in
// German, because it shows on the guest's self check-in page.

export const draftsNl = {
  restored: 'Uw niet-opgeslagen invoer is teruggezet.',
  discard: 'Invoer wissen',
};

export const draftsEn: typeof draftsNl = {
  restored: 'Your unsaved entries have been restored.',
  discard: 'Clear entries',
};

export const draftsDe: typeof draftsNl = {
  restored: 'Ihre nicht gespeicherten Eingaben wurden wiederhergestellt.',
  discard: 'Eingaben löschen',
};

export const idleWarningNl = {
  inMinutes_one: 'U wordt over {{count}} minuut uitgelogd',
  inMinutes_other: 'U wordt over {{count}} minuten uitgelogd',
  inSeconds_one: 'U wordt over {{count}} seconde uitgelogd',
  inSeconds_other: 'U wordt over {{count}} seconden uitgelogd',
  text: 'U heeft een tijd niets gedaan in het Nachtregister. Wat u in een nieuwe registratie heeft getypt, blijft op deze computer bewaard tot u het opslaat of uitlogt.',
  stay: 'Ingelogd blijven',
  signOut: 'Uitloggen',
};

export const idleWarningEn: typeof idleWarningNl = {
  inMinutes_one: 'You will be signed out in {{count}} minute',
  inMinutes_other: 'You will be signed out in {{count}} minutes',
  inSeconds_one: 'You will be signed out in {{count}} second',
  inSeconds_other: 'You will be signed out in {{count}} seconds',
  text: 'You have not done anything in the Nachtregister for a while. What you typed into a new registration stays on this computer until you save it or sign out.',
  stay: 'Stay signed in',
  signOut: 'Sign out',
};

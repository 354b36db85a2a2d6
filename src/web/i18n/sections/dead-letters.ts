// Texts of the admin's "Niet bezorgde berichten" page (mail and SMS that could not be delivered)
// and its menu label, Dutch first; the English mirrors the Dutch shape.
type Shape<T> = { [K in keyof T]: T[K] extends string ? string : Shape<T[K]> };

/** Label of the main menu item (under `shell.nav`). */
export const navNl = { deadLetters: 'Niet bezorgde berichten' };
export const navEn: Shape<typeof navNl> = { deadLetters: 'Undelivered messages' };

export const nl = {
  title: 'Niet bezorgde berichten',
  heading: 'Niet bezorgde berichten',
  intro:
    'Emails en sms-berichten die het Nachtregister niet kon bezorgen. Een bericht dat de mailserver of de sms-dienst weigert, wordt een paar keer geprobeerd; kon het ook na lange tijd niet worden bezorgd, dan komt het hier. Verstuur het opnieuw als de oorzaak is opgelost, of verwijder het.',
  loading: 'Niet bezorgde berichten laden…',
  empty: 'Er zijn geen niet bezorgde berichten.',
  moreThanShown: 'Er zijn {{total}} niet bezorgde berichten; hier staan de {{shown}} nieuwste.',
  channels: { mail: 'Email', sms: 'Sms' },
  waiting: {
    heading: 'Wachtrij',
    none: 'Er wachten geen berichten op bezorging.',
    line_one: '{{channel}}: {{count}} bericht wacht op bezorging, sinds {{since}}.',
    line_other: '{{channel}}: {{count}} berichten wachten op bezorging, het oudste sinds {{since}}.',
    failing:
      'Het oudste bericht is {{attempts}} keer geprobeerd; de volgende poging is om {{next}}. Laatste fout: {{error}}. De berichten erna worden daarna in volgorde verstuurd.',
  },
  table: {
    caption: 'Niet bezorgde berichten',
    channel: 'Soort',
    recipient: 'Ontvanger',
    subject: 'Onderwerp',
    attempts: 'Pogingen',
    lastError: 'Laatste fout',
    queuedAt: 'Aangeboden',
    lastTriedAt: 'Laatst geprobeerd',
    actions: 'Acties',
    none: '—',
    unreadable: 'Niet te lezen',
  },
  retry: 'Opnieuw versturen',
  dismiss: 'Verwijderen',
  namedAction: '{{action}}: {{channel}} aan {{recipient}}',
  confirmDismissTitle: 'Bericht verwijderen',
  confirmDismiss: 'Het bericht aan {{recipient}} verwijderen? Het wordt dan niet meer verstuurd.',
  retried: 'Het bericht aan {{recipient}} wordt opnieuw verstuurd, na de berichten die al klaarstonden.',
  dismissed: 'Het bericht aan {{recipient}} is verwijderd.',
};

export const en: Shape<typeof nl> = {
  title: 'Undelivered messages',
  heading: 'Undelivered messages',
  intro:
    'Emails and text messages Nachtregister could not deliver. A message the mail server or the SMS service refuses is tried a few times; if it still could not be delivered after a long time, it ends up here. Send it again once the cause has been solved, or remove it.',
  loading: 'Loading undelivered messages…',
  empty: 'There are no undelivered messages.',
  moreThanShown: 'There are {{total}} undelivered messages; the {{shown}} newest are shown here.',
  channels: { mail: 'Email', sms: 'Text message' },
  waiting: {
    heading: 'Queue',
    none: 'No messages are waiting to be delivered.',
    line_one: '{{channel}}: {{count}} message is waiting to be delivered, since {{since}}.',
    line_other: '{{channel}}: {{count}} messages are waiting to be delivered, the oldest since {{since}}.',
    failing:
      'The oldest message has been tried {{attempts}} times; the next attempt is at {{next}}. Last error: {{error}}. The messages after it will then be sent in order.',
  },
  table: {
    caption: 'Undelivered messages',
    channel: 'Kind',
    recipient: 'Recipient',
    subject: 'Subject',
    attempts: 'Attempts',
    lastError: 'Last error',
    queuedAt: 'Queued',
    lastTriedAt: 'Last tried',
    actions: 'Actions',
    none: '—',
    unreadable: 'Cannot be read',
  },
  retry: 'Send again',
  dismiss: 'Remove',
  namedAction: '{{action}}: {{channel}} to {{recipient}}',
  confirmDismissTitle: 'Remove message',
  confirmDismiss: 'Remove the message to {{recipient}}? It will not be sent any more.',
  retried: 'The message to {{recipient}} will be sent again, after the messages already queued.',
  dismissed: 'The message to {{recipient}} has been removed.',
};

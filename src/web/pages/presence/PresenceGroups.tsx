// The emergency list as the owner (register, "Aanwezig") and the inspector ("Aanwezigen nu") read
// it: the moment and the house times, the persons present in all, then the three groups — in the
// house, leaving today, expected — each with its persons and its own table of stays.
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { PRESENCE_GROUPS, type PresenceGroup } from '../../../shared/schemas/register.ts';
import type { Presence, PresenceList } from '../../api/presence.ts';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import { formatDate, formatDateTime } from '../../i18n/format-date.ts';

/** A stay's place in the list with the words a reader sees for it. */
export interface LabelledPresence extends Presence {
  label: string;
}

/**
 * Why a stay is in its group: "Ingecheckt", "Volgens registratie", "Vertrokken volgens
 * registratie", or when an expected guest may come ("Verwacht vanaf 15:00"), so a list read at
 * 3 a.m. does not make anyone count them.
 */
function presenceLabel(t: TFunction, presence: Presence, arrival: string, list: PresenceList<unknown>): string {
  if (presence.group === 'expected') {
    return arrival === list.today
      ? t('presence.basis.expectedToday', { time: list.checkInTime })
      : t('presence.basis.expectedOn', { date: formatDate(arrival), time: list.checkInTime });
  }
  if (!presence.present) return t('presence.basis.gone');
  return t(`presence.basis.${presence.basis}`);
}

interface PresenceGroupsProps<S extends { arrival: string }> {
  answer: PresenceList<S>;
  /** The level of each group's heading under the page's or the result's own. */
  level: 2 | 3;
  table: (stays: (S & { presence: LabelledPresence })[], group: PresenceGroup) => ReactNode;
}

function GroupSection<S extends { arrival: string }>({ answer, level, table, group }: PresenceGroupsProps<S> & { group: PresenceGroup }) {
  const { t } = useTranslation();
  const id = useId();
  const stays = answer.stays
    .filter((s) => s.presence.group === group)
    .map((s) => ({ ...s, presence: { ...s.presence, label: presenceLabel(t, s.presence, s.arrival, answer) } }));
  return (
    <section aria-labelledby={id} className="nr-presence-group">
      <Heading level={level} id={id}>
        {t('presence.groupHeading', { group: t(`presence.groups.${group}`), count: answer.groups[group].persons })}
      </Heading>
      {stays.length > 0 ? table(stays, group) : <Paragraph>{t('presence.groupEmpty')}</Paragraph>}
    </section>
  );
}

export function PresenceGroups<S extends { arrival: string }>(props: PresenceGroupsProps<S>) {
  const { t } = useTranslation();
  const { answer } = props;
  return (
    <>
      <Paragraph>{t('presence.asOf', { moment: formatDateTime(answer.at), checkIn: answer.checkInTime, checkOut: answer.checkOutTime })}</Paragraph>
      <Paragraph>
        <strong>{t('presence.totalPresent', { count: answer.persons })}</strong>
      </Paragraph>
      <Paragraph className="nr-no-print">{t('presence.explanation')}</Paragraph>
      {answer.capped && <Paragraph>{t('presence.capped', { max: answer.maxRows })}</Paragraph>}
      {PRESENCE_GROUPS.map((group) => (
        <GroupSection key={group} {...props} group={group} />
      ))}
    </>
  );
}

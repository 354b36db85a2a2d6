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
import { formatDateTime } from '../../i18n/format-date.ts';

/** Why a stay is in its group: "Ingecheckt", "Volgens registratie", "Vertrokken volgens registratie"… */
export function presenceText(t: TFunction, presence: Presence): string {
  if (presence.group === 'expected') return t('presence.basis.expected');
  if (!presence.present) return t('presence.basis.gone');
  return t(`presence.basis.${presence.basis}`);
}

interface PresenceGroupsProps<S> {
  answer: PresenceList<S>;
  /** The level of each group's heading under the page's or the result's own. */
  level: 2 | 3;
  table: (stays: (S & { presence: Presence })[], group: PresenceGroup) => ReactNode;
}

function GroupSection<S>({ answer, level, table, group }: PresenceGroupsProps<S> & { group: PresenceGroup }) {
  const { t } = useTranslation();
  const id = useId();
  const stays = answer.stays.filter((s) => s.presence.group === group);
  return (
    <section aria-labelledby={id} className="nr-presence-group">
      <Heading level={level} id={id}>
        {t('presence.groupHeading', { group: t(`presence.groups.${group}`), count: answer.groups[group].persons })}
      </Heading>
      {stays.length > 0 ? table(stays, group) : <Paragraph>{t('presence.groupEmpty')}</Paragraph>}
    </section>
  );
}

export function PresenceGroups<S>(props: PresenceGroupsProps<S>) {
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

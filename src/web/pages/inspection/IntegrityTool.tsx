// "Register controleren": the integrity check of one accommodation's register, answered with
// "Register intact" and the counts, or "Register niet intact" and the problems found.
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { integrityCheckSchema } from '../../../shared/schemas/inspection.ts';
import { checkIntegrity, type IntegrityAnswer, type IntegrityProblem } from '../../api/inspection.ts';
import { cx } from '../../components/classNames.ts';
import { Heading } from '../../components/Heading.tsx';
import { Paragraph } from '../../components/Paragraph.tsx';
import type { Catalog } from '../../i18n/en.ts';
import { AccommodationField } from './AccommodationField.tsx';
import { ResultSection } from './ResultSection.tsx';
import { ToolForm } from './ToolForm.tsx';
import type { AccommodationOptions } from './useInspectableAccommodations.ts';
import { useLookup } from './useLookup.ts';

/** The check's own form: the accommodation is part of the address of the API call. */
const integrityFormSchema = integrityCheckSchema.extend({ accommodationId: z.string().trim().min(1, 'REQUIRED') });
type Values = z.input<typeof integrityFormSchema>;
type Output = z.output<typeof integrityFormSchema>;
const FIELDS = ['accommodationId', 'reason'] as const;

type ProblemCode = Exclude<keyof Catalog['inspection']['integrity']['problems'], 'unknown'>;

function ProblemText({ problem }: { problem: IntegrityProblem }) {
  const { t } = useTranslation();
  const code = problem.code;
  const text = isProblemCode(code) ? t(`inspection.integrity.problems.${code}`) : t('inspection.integrity.problems.unknown', { detail: problem.detail });
  return (
    <>
      {problem.stayNumber !== undefined && `${t('inspection.integrity.stayNumber', { number: problem.stayNumber })}: `}
      {text}
    </>
  );
}

const PROBLEM_CODES: readonly string[] = [
  'CHAIN_BROKEN',
  'VERSION_DATA_CHANGED',
  'VERSION_SEQUENCE_BROKEN',
  'HEAD_MISMATCH',
  'NUMBER_MISSING',
  'NUMBER_UNISSUED',
  'NUMBER_CHANGED',
  'STAY_CHANGED',
  'STAY_WITHOUT_VERSIONS',
  'STAY_MISSING',
] satisfies ProblemCode[];

function isProblemCode(code: string): code is ProblemCode {
  return PROBLEM_CODES.includes(code);
}

function Verdict({ answer }: { answer: IntegrityAnswer }) {
  const { t } = useTranslation();
  return (
    <>
      <p className={cx('utrecht-paragraph', 'nr-inspection-verdict', answer.intact ? 'nr-inspection-verdict--intact' : 'nr-inspection-verdict--broken')}>
        {answer.intact ? t('inspection.integrity.intact') : t('inspection.integrity.notIntact')}
      </p>
      <Paragraph>{t('inspection.integrity.counts', { stays: answer.stays, versions: answer.versions, last: answer.lastStayNumber })}</Paragraph>
      {answer.problems.length > 0 && (
        <>
          <Heading level={3}>{t('inspection.integrity.problemsHeading')}</Heading>
          <ul className="utrecht-unordered-list">
            {answer.problems.map((problem, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: one answer's list, shown as a whole; a tampered register can report the same problem twice
              <li key={index} className="utrecht-unordered-list__item">
                <ProblemText problem={problem} />
              </li>
            ))}
          </ul>
          {answer.problemCount > answer.problems.length && (
            <Paragraph>{t('inspection.integrity.moreProblems', { count: answer.problemCount - answer.problems.length })}</Paragraph>
          )}
        </>
      )}
    </>
  );
}

export function IntegrityTool({ accommodations }: { accommodations: AccommodationOptions }) {
  const { t } = useTranslation();
  const form = useForm<Values, unknown, Output>({ resolver: zodResolver(integrityFormSchema), defaultValues: { accommodationId: '', reason: '' } });
  const { answer, problem, run, version } = useLookup((values: Output) => checkIntegrity(values.accommodationId, values.reason), form.setError, FIELDS);
  return (
    <>
      <Paragraph>{t('inspection.toolIntro.integrity')}</Paragraph>
      <ToolForm form={form} label={t('inspection.tools.integrity')} submitLabel={t('inspection.check')} problem={problem} onSubmit={run}>
        <AccommodationField accommodations={accommodations} />
      </ToolForm>
      {answer && (
        <ResultSection key={version} title={t('inspection.integrity.heading', { name: answer.accommodation.companyName })}>
          <Verdict answer={answer} />
        </ResultSection>
      )}
    </>
  );
}

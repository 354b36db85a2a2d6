// "Probeer een andere manier" under the 2FA step: opens the list of the user's other methods.
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { FactorMethod } from '../../../api/two-factor.ts';
import { Button } from '../../../components/Button.tsx';
import { Heading } from '../../../components/Heading.tsx';

interface OtherWaysProps {
  methods: readonly FactorMethod[];
  current: FactorMethod;
  onChoose: (method: FactorMethod) => void;
}

export function OtherWays({ methods, current, onChoose }: OtherWaysProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const choose = (method: FactorMethod) => {
    setOpen(false);
    onChoose(method);
  };
  return (
    <section className="nr-section" aria-labelledby="other-way-heading">
      <Heading level={2} id="other-way-heading" className="nr-visually-hidden">
        {t('twoFactor.step.otherWay')}
      </Heading>
      <Button onClick={() => setOpen((v) => !v)} aria-expanded={open} aria-controls="other-ways">
        {t('twoFactor.step.otherWay')}
      </Button>
      <ul id="other-ways" className="nr-link-group nr-method-list" hidden={!open}>
        {methods
          .filter((m) => m !== current)
          .map((m) => (
            <li key={m}>
              <Button onClick={() => choose(m)}>{t(`twoFactor.step.methods.${m}`)}</Button>
            </li>
          ))}
      </ul>
    </section>
  );
}

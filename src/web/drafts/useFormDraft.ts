// Keeps a form's unsaved input as a draft while it is typed (watched, written a moment after the
// last change, and at once when the page goes away), brings it back when the form opens again,
// and forgets it when the form is saved or the user chooses "Invoer wissen".
import { useCallback, useEffect, useRef, useState } from 'react';
import type { DefaultValues, FieldValues, UseFormReturn } from 'react-hook-form';
import { readDraft, removeDraft, writeDraft, type DraftPlace } from './draft-store.ts';

const WRITE_DELAY_MS = 400;

interface DraftOptions<T> {
  /** What a new form starts with: a draft equal to it is no draft. */
  empty: T;
  /** The stored values checked against the form's shape (null: not a draft of this form). */
  parse: (values: unknown) => T | null;
  /** What may be stored: a form can leave out what must not linger (a signature). */
  keep?: (values: T) => T;
}

export interface FormDraft {
  /** The form was filled from a draft and nobody has cleared it since. */
  restored: boolean;
  /** "Invoer wissen": the draft is gone and the form starts anew. */
  discard: () => void;
  /** After saving: the draft is gone, and nothing typed before is written back. */
  forget: () => void;
}

export function useFormDraft<T extends FieldValues, C, O>(form: UseFormReturn<T, C, O>, place: DraftPlace, options: DraftOptions<T>): FormDraft {
  const [restored, setRestored] = useState(false);
  const pending = useRef<T | null>(null);
  const optionsRef = useRef(options);
  optionsRef.current = options;
  const { storage, key, maxAgeMs } = place;

  useEffect(() => {
    const here: DraftPlace = { storage, key, maxAgeMs };
    const draft = readDraft(here, optionsRef.current.parse);
    if (draft) {
      form.reset(draft as DefaultValues<T>);
      setRestored(true);
    }

    const flush = () => {
      const values = pending.current;
      if (values === null) return;
      pending.current = null;
      const { empty, keep } = optionsRef.current;
      const kept = keep ? keep(values) : values;
      if (JSON.stringify(kept) === JSON.stringify(keep ? keep(empty) : empty)) removeDraft(here);
      else writeDraft(here, kept);
    };
    let timer: ReturnType<typeof setTimeout> | undefined;
    const subscription = form.watch(() => {
      pending.current = form.getValues();
      clearTimeout(timer);
      timer = setTimeout(flush, WRITE_DELAY_MS);
    });
    window.addEventListener('pagehide', flush);
    return () => {
      subscription.unsubscribe();
      clearTimeout(timer);
      window.removeEventListener('pagehide', flush);
      flush();
    };
  }, [form, storage, key, maxAgeMs]);

  const forget = useCallback(() => {
    pending.current = null;
    removeDraft({ storage, key, maxAgeMs });
    setRestored(false);
  }, [storage, key, maxAgeMs]);

  const discard = useCallback(() => {
    forget();
    form.reset(optionsRef.current.empty as DefaultValues<T>);
    // reset() is a change the watcher hears; the empty form is no draft.
    pending.current = null;
  }, [forget, form]);

  return { restored, discard, forget };
}

// Keeps a form's unsaved input as a draft while it is typed (watched, written a moment after the
// last change, and at once when the page goes away), brings it back when the form opens again,
// and forgets it when the form is saved or the user chooses "Invoer wissen". Reading and writing
// are asynchronous (a staff draft is sealed with the user's key, see draft-crypto.ts).
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
    // Reading a staff draft waits for its key; until then nothing is written (an early write of
    // the empty form would remove the draft about to be restored).
    let read = false;
    let typed = false;
    let active = true;
    let timer: ReturnType<typeof setTimeout> | undefined;

    const flush = () => {
      const values = pending.current;
      if (values === null || (!read && !typed)) return;
      pending.current = null;
      const { empty, keep } = optionsRef.current;
      const kept = keep ? keep(values) : values;
      if (JSON.stringify(kept) === JSON.stringify(keep ? keep(empty) : empty)) removeDraft(here);
      // Sealing is asynchronous, so on pagehide it may not finish before the page is gone; the
      // write after every pause in typing has then already stored all but the last moment's input.
      else void writeDraft(here, kept);
    };
    const subscription = form.watch((_values, { type }) => {
      // 'change': the user's own input (a value set by the form itself has no type).
      if (type === 'change') typed = true;
      pending.current = form.getValues();
      clearTimeout(timer);
      timer = setTimeout(flush, WRITE_DELAY_MS);
    });

    void readDraft(here, optionsRef.current.parse).then((draft) => {
      if (!active) return;
      read = true;
      // What the user typed while the draft was on its way wins over the draft.
      if (draft && !typed) {
        form.reset(draft as DefaultValues<T>);
        // reset() is a change the watcher hears; the restored draft needs no writing back.
        clearTimeout(timer);
        pending.current = null;
        setRestored(true);
      } else if (pending.current !== null) {
        timer = setTimeout(flush, WRITE_DELAY_MS);
      }
    });

    window.addEventListener('pagehide', flush);
    return () => {
      active = false;
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

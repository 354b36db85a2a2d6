// The accommodation's star rating ("Sterren (classificatie)"): "Geen" or 1 to 5 stars. Some
// municipalities set a tourist tax rate per star rating, so the owner keeps it up to date.
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { SelectField } from '../components/SelectField.tsx';

export const STAR_RATINGS = [1, 2, 3, 4, 5] as const;

/** The select's text ('' for "Geen") as the API's star rating: null or 1–5. */
export const starRatingChoice = z.string().transform((text, ctx) => {
  if (text === '') return null;
  const stars = Number(text);
  if (!Number.isInteger(stars) || stars < 1 || stars > 5) {
    ctx.addIssue({ code: 'custom', message: 'STARS_INVALID' });
    return z.NEVER;
  }
  return stars;
});

export function starRatingText(stars: number | null | undefined): string {
  return stars === null || stars === undefined ? '' : String(stars);
}

export function StarRatingField() {
  const { t } = useTranslation();
  return (
    <SelectField
      name="starRating"
      label={t('fields.starRating.label')}
      description={t('fields.starRating.description')}
      placeholder={t('fields.starRating.none')}
      options={STAR_RATINGS.map((stars) => ({ value: String(stars), label: t('fields.starRating.value', { count: stars }) }))}
    />
  );
}

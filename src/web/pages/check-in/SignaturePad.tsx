// The box a guest signs in with a finger, pen or mouse (pointer events, so touch and mouse work
// alike), with "Wissen"/"Clear"/"Löschen". The drawing is handed on as a PNG data URL after each
// stroke; a signature drawn before (when the box is shown again) is painted back.
import { useEffect, useRef, type PointerEvent } from 'react';
import { useController, useFormContext } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Button } from '../../components/Button.tsx';
import { cx } from '../../components/classNames.ts';
import { useFieldError } from '../../components/useFieldError.ts';
import type { CheckInFormValues } from './check-in-form.ts';

/** Drawing size in canvas pixels; CSS scales the box to the screen, strokes are mapped back. */
const WIDTH = 600;
const HEIGHT = 200;

function pointOf(canvas: HTMLCanvasElement, event: PointerEvent<HTMLCanvasElement>) {
  const box = canvas.getBoundingClientRect();
  return { x: ((event.clientX - box.left) * canvas.width) / box.width, y: ((event.clientY - box.top) * canvas.height) / box.height };
}

function pen(canvas: HTMLCanvasElement): CanvasRenderingContext2D | null {
  const context = canvas.getContext('2d');
  if (!context) return null;
  context.lineWidth = 3;
  context.lineCap = 'round';
  context.lineJoin = 'round';
  context.strokeStyle = '#111';
  context.fillStyle = '#111';
  return context;
}

export function SignaturePad() {
  const { t } = useTranslation();
  const { control } = useFormContext<CheckInFormValues>();
  const { field } = useController({ control, name: 'signature' });
  const error = useFieldError('signature');
  return (
    <SignatureCanvas
      id="field-signature"
      label={t('checkIn.guest.signature.pad')}
      value={field.value}
      onChange={field.onChange}
      onBlur={field.onBlur}
      canvasRef={field.ref}
      error={error}
      texts={{ signed: t('checkIn.guest.signature.signed'), unsigned: t('checkIn.guest.signature.unsigned'), clear: t('checkIn.guest.signature.clear') }}
    />
  );
}

interface SignatureCanvasProps {
  id: string;
  label: string;
  /** The PNG data URL drawn so far; '' while unsigned. */
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  canvasRef?: (canvas: HTMLCanvasElement | null) => void;
  error?: string | null;
  texts: { signed: string; unsigned: string; clear: string };
}

/** The box itself, bound to no form: the guest's check-in form and the desk (decision 0012) use it. */
export function SignatureCanvas({ id, label, value, onChange, onBlur, canvasRef: bindCanvas, error, texts }: SignatureCanvasProps) {
  const field = { value, onChange, onBlur };
  const canvasRef = useRef<HTMLCanvasElement | null>(null);
  const drawing = useRef(false);

  // Painted back once when the box appears again with a signature in the form (nothing is lost).
  const initial = useRef(field.value);
  useEffect(() => {
    const canvas = canvasRef.current;
    if (!canvas || !initial.current) return;
    const image = new Image();
    image.onload = () => canvas.getContext('2d')?.drawImage(image, 0, 0);
    image.src = initial.current;
  }, []);

  const start = (event: PointerEvent<HTMLCanvasElement>) => {
    const canvas = event.currentTarget;
    const context = pen(canvas);
    if (!context) return;
    event.preventDefault();
    canvas.setPointerCapture(event.pointerId);
    drawing.current = true;
    const { x, y } = pointOf(canvas, event);
    // A dot for a tap, and the start of a line for a stroke.
    context.beginPath();
    context.arc(x, y, context.lineWidth / 2, 0, 2 * Math.PI);
    context.fill();
    context.beginPath();
    context.moveTo(x, y);
  };
  const move = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    const context = event.currentTarget.getContext('2d');
    if (!context) return;
    const { x, y } = pointOf(event.currentTarget, event);
    context.lineTo(x, y);
    context.stroke();
  };
  const end = (event: PointerEvent<HTMLCanvasElement>) => {
    if (!drawing.current) return;
    drawing.current = false;
    field.onChange(event.currentTarget.toDataURL('image/png'));
  };
  const clear = () => {
    const canvas = canvasRef.current;
    canvas?.getContext('2d')?.clearRect(0, 0, canvas.width, canvas.height);
    field.onChange('');
  };

  const errorId = `${id}-error`;
  const statusId = `${id}-status`;
  return (
    <div className={cx('nr-signature-pad', error && 'utrecht-form-field--invalid')}>
      {error && (
        <div id={errorId} className="utrecht-form-field-error-message">
          {error}
        </div>
      )}
      <canvas
        ref={(canvas) => {
          canvasRef.current = canvas;
          bindCanvas?.(canvas);
        }}
        id={id}
        role="img"
        aria-label={label}
        aria-describedby={[error && errorId, statusId].filter(Boolean).join(' ')}
        tabIndex={-1}
        width={WIDTH}
        height={HEIGHT}
        className="nr-signature-pad__canvas"
        onPointerDown={start}
        onPointerMove={move}
        onPointerUp={end}
        onPointerCancel={end}
        onBlur={field.onBlur}
      />
      <div className="nr-signature-pad__actions">
        <p id={statusId} className="utrecht-paragraph nr-hint" aria-live="polite">
          {field.value ? texts.signed : texts.unsigned}
        </p>
        <Button appearance="secondary-action" onClick={clear}>
          {texts.clear}
        </Button>
      </div>
    </div>
  );
}

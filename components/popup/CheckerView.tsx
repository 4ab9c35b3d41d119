import { useEffect, useRef, useState } from 'preact/hooks';
import type { Findings } from '../../lib/check/types';
import { useI18n } from '../common/i18n-context';
import type { CheckText, PopupBridge } from './bridge';
import { ClaimResult } from './ClaimResult';

interface Props {
  check: CheckText;
  bridge: Pick<PopupBridge, 'copy'>;
  today?: () => Date;
}

const EXAMPLE_KEYS = ['checker_example_1', 'checker_example_2', 'checker_example_3'];

type State =
  | { kind: 'idle' }
  | { kind: 'checking' }
  | { kind: 'done'; text: string; findings: Findings }
  | { kind: 'failed' };

/**
 * The hand checker: the very analyzeText the terminal checker runs, on what the reader types,
 * read as text about the plan (assumeAboutPlan).
 */
export function CheckerView({ check, bridge, today = () => new Date() }: Props) {
  const { t } = useI18n();
  const [text, setText] = useState('');
  const [state, setState] = useState<State>({ kind: 'idle' });
  const latest = useRef(0);
  const field = useRef<HTMLTextAreaElement>(null);

  const run = async (value: string) => {
    const ticket = ++latest.current;
    if (!value.trim()) {
      setState({ kind: 'idle' });
      return;
    }
    setState((s) => (s.kind === 'done' ? s : { kind: 'checking' }));
    try {
      const findings = await check(value);
      if (ticket === latest.current) setState({ kind: 'done', text: value, findings });
    } catch {
      if (ticket === latest.current) setState({ kind: 'failed' });
    }
  };

  // Check as the reader types, a moment after the last keystroke.
  useEffect(() => {
    const timer = setTimeout(() => void run(text), 200);
    return () => clearTimeout(timer);
  }, [text]);

  const tryExample = (example: string) => {
    setText(example);
    void run(example);
  };

  const claims = state.kind === 'done' ? state.findings.claims : [];
  return (
    <div class="pl-view pl-checker">
      <form
        class="pl-checker__form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(text);
        }}
      >
        <label class="pl-checker__label" for="pl-checker-input">
          {t('checker_label')}
        </label>
        <textarea
          id="pl-checker-input"
          ref={field}
          class="pl-checker__input"
          rows={3}
          value={text}
          placeholder={t('checker_placeholder')}
          onInput={(event) => setText(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
              event.preventDefault();
              void run(text);
            }
          }}
        />
        <div class="pl-checker__actions">
          <span class="pl-checker__examples">
            <span class="pl-checker__examples-label">{t('checker_examples')}</span>
            {EXAMPLE_KEYS.map((key) => (
              <button
                key={key}
                type="button"
                class="pl-chip pl-chip--button"
                onClick={() => tryExample(t(key))}
              >
                {t(key)}
              </button>
            ))}
          </span>
          <button type="submit" class="pl-button pl-button--primary">
            {t('checker_submit')}
          </button>
        </div>
      </form>
      <p class="pl-checker__status" role="status">
        {state.kind === 'checking' ? t('checker_checking') : null}
        {state.kind === 'failed' ? t('checker_failed') : null}
        {state.kind === 'done' && claims.length === 0 ? t('checker_no_claims') : null}
        {state.kind === 'done' && claims.length > 0 ? t('checker_count', claims.length) : null}
      </p>
      {state.kind === 'done' && claims.length > 0 ? (
        <ul class="pl-claims">
          {claims.map((claim) => (
            <ClaimResult
              key={`${claim.start}-${claim.end}-${claim.verdict}`}
              claim={claim}
              text={state.text}
              copy={bridge.copy}
              today={today}
            />
          ))}
        </ul>
      ) : null}
      <p class="pl-note">{t('checker_privacy')}</p>
    </div>
  );
}

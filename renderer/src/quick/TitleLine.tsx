import { useRef, type KeyboardEvent, type RefObject } from 'react'
import { useTranslation } from 'react-i18next'
import type { QuickLine, QuickLineToken } from '../../../shared/domain/quickLine'
import { formatKstWhen } from '../../../shared/format/kst'
import type { Lang } from '../../../shared/format/duration'
import { hostNow } from '../../api/hostClock'
import { FieldError } from './FieldError'
import { chipKey } from './useQuickDraft'

interface Props {
  value: string
  /** The parse of `value`'s last composed text (equal to `value` when no composition is in progress). */
  line: string
  parsed: QuickLine
  inputRef: RefObject<HTMLInputElement | null>
  onChange: (value: string, composing: boolean) => void
  onComposed: (value: string) => void
  onDismiss: (key: string) => void
  error?: string
}

/**
 * The title line with what it understood: the tokens highlighted behind the text (a mirror under a
 * transparent input, so typing, the caret and the IME stay the browser's own), and the same tokens
 * as chips below it. A chip turns back into text by a click, or by Backspace right after its token.
 */
export function TitleLine({ value, line, parsed, inputRef, onChange, onComposed, onDismiss, error }: Props) {
  const { t, i18n } = useTranslation()
  const mirror = useRef<HTMLDivElement>(null)
  const lang = i18n.language as Lang
  // While composing the text runs ahead of the parse: no highlight until it is composed.
  const tokens = line === value ? parsed.tokens : []

  const chipLabel = (tok: QuickLineToken): string => {
    const text = line.slice(tok.start, tok.end)
    switch (tok.kind) {
      case 'customer':
        return t(parsed.customerIsNew ? 'quick.line.newCustomer' : 'quick.line.customer', { v: parsed.customerName ?? text })
      case 'severity':
        return t('quick.line.severity', { v: parsed.severity ?? text })
      case 'renewal':
        return t('quick.line.renewal', { v: parsed.renewal ? t(`renewal.${parsed.renewal}`) : text })
      case 'caseNumber':
        return t('quick.line.caseNumber', { v: parsed.caseNumber ?? text })
      case 'time':
        return t('quick.line.time', { v: parsed.firstOccurredAt ? formatKstWhen(parsed.firstOccurredAt, hostNow(), lang) : text })
      case 'status':
        return t('quick.line.status', { v: parsed.customerStatus ? t(`customerStatus.${parsed.customerStatus}`) : text })
      case 'track':
        return t('quick.line.track')
      case 'problemType':
        return t('quick.line.problemType', { v: parsed.problemType ? t(`problem.${parsed.problemType}`) : text })
    }
  }
  // One chip per field (a token split by an earlier one shows once).
  const chips = tokens.filter((tok, i) => tokens.findIndex((o) => o.kind === tok.kind && chipKey(line, o) === chipKey(line, tok)) === i)

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key !== 'Backspace' || e.nativeEvent.isComposing || e.ctrlKey || e.metaKey || e.altKey) return
    const el = e.currentTarget
    if (el.selectionStart !== el.selectionEnd) return
    const tok = tokens.find((x) => x.end === el.selectionStart)
    if (!tok) return
    e.preventDefault() // the first Backspace after a token turns it into text; the next one deletes
    onDismiss(chipKey(line, tok))
  }

  const pieces: { text: string; kind?: string }[] = []
  let at = 0
  for (const tok of tokens) {
    if (tok.start > at) pieces.push({ text: value.slice(at, tok.start) })
    pieces.push({ text: value.slice(tok.start, tok.end), kind: tok.kind })
    at = tok.end
  }
  pieces.push({ text: value.slice(at) })

  return (
    <div className="qfield qtitle">
      <div className="qline">
        <div className="qline-mirror" ref={mirror} aria-hidden>
          {pieces.map((p, i) => (p.kind ? <mark key={i} className={`tok tok-${p.kind}`}>{p.text}</mark> : <span key={i}>{p.text}</span>))}
        </div>
        <input
          ref={inputRef}
          name="title"
          aria-label={t('quick.title')}
          placeholder={t('quick.titlePh')}
          value={value}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={Boolean(error)}
          aria-describedby="q-line-chips"
          onChange={(e) => onChange(e.target.value, (e.nativeEvent as InputEvent).isComposing === true)}
          onCompositionEnd={(e) => onComposed(e.currentTarget.value)}
          onKeyDown={onKeyDown}
          onScroll={(e) => {
            if (mirror.current) mirror.current.scrollLeft = e.currentTarget.scrollLeft
          }}
        />
      </div>
      <FieldError text={error} />
      <div className="qchips" id="q-line-chips" aria-live="polite">
        {chips.length > 0 && <span className="qchips-label">{t('quick.line.understood')}</span>}
        {chips.map((tok) => {
          const label = chipLabel(tok)
          return (
            <button
              key={`${tok.kind}-${tok.start}`}
              type="button"
              tabIndex={-1}
              className={`qchip tok-${tok.kind}`}
              data-chip={tok.kind}
              title={t('quick.line.toText', { chip: label })}
              aria-label={t('quick.line.toText', { chip: label })}
              onClick={() => onDismiss(chipKey(line, tok))}
            >
              {label} <span aria-hidden>×</span>
            </button>
          )
        })}
        {line === value && parsed.notes.map((n) => <span key={n} className="hint warn">{n}</span>)}
      </div>
    </div>
  )
}

/**
 * Export timings for one fully filled registration form: median of 20 runs after warm-up.
 * Run alone with `npx tsx bench/export.ts`; prints figures beside their goals, asserts nothing.
 */
import { performance } from 'node:perf_hooks'
import { renderDocx } from '../electron/core/export/docx'
import { renderEml } from '../electron/core/export/eml'
import { renderPdf } from '../electron/core/export/pdf'
import { exportFileName, mailEnvelope } from '../shared/form'
import { fullForm, NOW, sampleRecipients } from '../test/electron/core/export/fixtures'

const RUNS = 20
const WARMUP = 3

async function median(fn: () => Promise<unknown>): Promise<number> {
  for (let i = 0; i < WARMUP; i++) await fn()
  const times: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now()
    await fn()
    times.push(performance.now() - t)
  }
  times.sort((a, b) => a - b)
  return (times[(RUNS - 1) >> 1] + times[RUNS >> 1]) / 2
}

const row = (what: string, value: string, goal: string, ok: boolean) =>
  console.log(`  ${what.padEnd(16)} ${value.padStart(10)}   goal ${goal.padEnd(9)} ${ok ? 'ok' : 'OVER'}`)

export async function runExportBench(): Promise<void> {
  const form = fullForm()
  const docx = await renderDocx(form)
  const pdf = await renderPdf(form)
  const fileBase = exportFileName(form, 'docx').replace(/\.docx$/, '')
  const eml = () => renderEml({ form, envelope: mailEnvelope(form, sampleRecipients()), now: NOW, docx, pdf, fileBase })

  const docxMs = await median(() => renderDocx(form))
  const pdfMs = await median(() => renderPdf(form))
  const emlMs = await median(eml)
  const kb = pdf.length / 1024

  console.log(`registration form export (median of ${RUNS} after ${WARMUP} warm-up runs)`)
  row('DOCX', `${docxMs.toFixed(1)} ms`, '< 200 ms', docxMs < 200)
  row('PDF', `${pdfMs.toFixed(1)} ms`, '< 1 s', pdfMs < 1000)
  row('EML', `${emlMs.toFixed(1)} ms`, '< 50 ms', emlMs < 50)
  row('PDF size', `${kb.toFixed(1)} kB`, '< 500 kB', kb < 500)
  row('DOCX size', `${(docx.length / 1024).toFixed(1)} kB`, '—', true)
}

// Run directly (`npx tsx bench/export.ts`); imported by a bench runner (bundled: there `require.main` is the bundle), it only exports.
if (process.argv[1]?.replace(/\\/g, '/').endsWith('bench/export.ts')) {
  runExportBench().catch((e) => {
    console.error(e)
    process.exitCode = 1
  })
}

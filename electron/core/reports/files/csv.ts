import type { Cell, Table } from './tables'

const BOM = '\uFEFF'

function field(v: Cell): string {
  const s = v === null ? '' : String(v)
  return /[",\r\n]/.test(s) ? `"${s.replaceAll('"', '""')}"` : s
}

/** RFC 4180 CSV in UTF-8 with a BOM, so that Excel on Korean Windows reads the Hangul right. */
export function toCsv(table: Table): Buffer {
  const lines = [table.header, ...table.rows].map((row) => row.map(field).join(','))
  return Buffer.from(BOM + lines.join('\r\n') + '\r\n', 'utf8')
}

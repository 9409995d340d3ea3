import type { Dialog } from 'electron'
import path from 'node:path'

const FILTERS = [
  { name: '데이터 파일 (JSON Lines)', extensions: ['jsonl'] },
  { name: '이전 형식 (JSON)', extensions: ['json'] },
]

/** The data file's save and open dialogs: a chosen path, or null when the user cancelled (a quiet no-op). */
export function dataFileDialogs(dialog: Pick<Dialog, 'showSaveDialog' | 'showOpenDialog'>, documentsDir: string) {
  return {
    async chooseExportTarget(defaultName: string): Promise<string | null> {
      const r = await dialog.showSaveDialog({ title: '데이터 내보내기', defaultPath: path.join(documentsDir, defaultName), filters: [FILTERS[0]] })
      return r.canceled || !r.filePath ? null : r.filePath
    },
    async chooseImportSource(): Promise<string | null> {
      const r = await dialog.showOpenDialog({ title: '데이터 가져오기', properties: ['openFile'], filters: [{ name: '데이터 파일', extensions: ['jsonl', 'json'] }, ...FILTERS] })
      return r.canceled || !r.filePaths[0] ? null : r.filePaths[0]
    },
  }
}

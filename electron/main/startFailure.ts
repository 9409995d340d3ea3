import type { Dialog, Shell } from 'electron'

/** The Korean text of the start-failure dialog: what happened, what to do, where the details are. */
export function startFailureMessage(error: unknown, logFile: string) {
  const reason = error instanceof Error ? error.message : String(error)
  return {
    type: 'error' as const,
    title: 'Veeam 에스컬레이션 트레이',
    message: '앱을 시작하지 못했습니다',
    detail:
      `원인: ${reason}\n\n` +
      `할 일: 앱을 다시 시작해 보세요. 계속 실패하면 아래 로그 파일을 담당자에게 보내 주세요. 저장된 이슈는 지워지지 않았습니다.\n\n` +
      `로그: ${logFile}`,
    buttons: ['로그 폴더 열기', '종료'],
    defaultId: 1,
    cancelId: 1,
  }
}

/** Every start failure ends here: written to the log, shown in a dialog, then the app exits. */
export async function reportStartFailure(
  deps: { dialog: Dialog; shell: Shell; log: { error(...a: unknown[]): void }; exit(code: number): void },
  error: unknown,
  logs: { folder: string; file: string },
): Promise<void> {
  deps.log.error('start failed', error)
  const choice = deps.dialog.showMessageBoxSync(startFailureMessage(error, logs.file))
  if (choice === 0) await deps.shell.openPath(logs.folder)
  deps.exit(1)
}

import { slaReport, twelveMonthsEnding, type SlaExportRequest, type SlaReport, type SlaRequest } from '../../../shared/schedule/sla'
import type { SaveFiles } from '../services/exportService'
import { renderReportFile } from './files'
import type { RulesCache } from '../services/rules'
import type { SettingsService } from '../services/settings'
import type { Store } from '../store/store'
import { readHistories } from './reportRows'

/** The SLA compliance report: reads the rows once, then the pure report of shared/schedule/sla. */
export class SlaReportService {
  constructor(
    private readonly store: Store,
    private readonly settings: SettingsService,
    private readonly rules: RulesCache,
    private readonly now: () => Date,
    private readonly fontsDir: string,
  ) {}

  report(req: SlaRequest): SlaReport {
    const chartFrom = new Date(twelveMonthsEnding(req.to).from).toISOString()
    const readFrom = chartFrom < req.from ? chartFrom : req.from
    const histories = readHistories(this.store.connection, readFrom, req.to)
    const { from, to, ...filter } = req
    return slaReport(histories, {
      from,
      to,
      filter,
      now: this.now(),
      rules: this.rules.get(),
      immediateToleranceMinutes: this.settings.get().reportStepToleranceMinutes,
    })
  }

  /** The report as a file; the host saves it (Electron) or the page downloads it (preview). */
  async export(req: SlaExportRequest, save: SaveFiles) {
    const { format, language, ...request } = req
    const file = await renderReportFile(this.report(request), format, language ?? this.settings.get().language, { fontsDir: this.fontsDir })
    const savedTo = await save([file])
    return { file: { name: file.name, mime: file.mime, base64: file.data.toString('base64') }, savedTo }
  }
}

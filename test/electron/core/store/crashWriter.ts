// Child process for the crash-safety test: writes issues through the real service as fast as it
// can and prints each id only after its transaction committed.
import { Core } from '../../../../electron/core/core'
import { QuickEntrySchema } from '../../../../shared/model'

const core = new Core({ file: process.argv[2], host: 'web', version: 'crash' })
process.stdout.write('ready\n')
for (let n = 0; ; n++) {
  const issue = core.issues.create(QuickEntrySchema.parse({ title: `crash ${n} 백업 실패`, track: n % 3 === 0 ? 'critical' : 'general', errorMessage: 'x'.repeat(n % 500) }))
  process.stdout.write(`${issue.id}\n`)
}

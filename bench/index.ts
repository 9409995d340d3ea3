// `npm run bench`: every measured figure of the product, printed beside its goal. Nothing is asserted:
// speed goals live here, not in timed tests.
import { runClockBench } from './clock'
import { runDomainBench } from './domain'
import { runExportBench } from './export'
import { runRendererBench } from './renderer'
import { runReportBench } from './report'
import { runStoreBench } from './store'

async function main(): Promise<void> {
  console.log(`npm run bench — node ${process.version}, ${new Date().toISOString()}`)
  for (const run of [runDomainBench, runStoreBench, runClockBench, runExportBench, runRendererBench, runReportBench]) await run()
}

void main()

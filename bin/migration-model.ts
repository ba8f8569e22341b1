/**
 * Simulates one migration and prints its plan:
 *   npm run -s migration-model -- --mode live --policy qemu --memory-mib 4096 --bandwidth-mibps 1024 --dirty-rate-mibps 200 --json
 */
import { MIGRATION_MODEL_USAGE, parseMigrationArgs } from '../lib/sim/migration/cli-args';
import { formatPlanTable, planToJson } from '../lib/sim/migration/cli-format';
import { simulateMigration } from '../lib/sim/migration/model';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write(`${MIGRATION_MODEL_USAGE}\n`);
  process.exit(0);
}
const parsed = parseMigrationArgs(args);
if (!parsed.ok) {
  process.stderr.write(`migration-model: ${parsed.message}\n${MIGRATION_MODEL_USAGE}\n`);
  process.exit(1);
}
const plan = simulateMigration(parsed.params);
process.stdout.write(parsed.json ? `${JSON.stringify(planToJson(plan))}\n` : `${formatPlanTable(plan)}\n`);

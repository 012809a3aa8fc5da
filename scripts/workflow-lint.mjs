// Checks on a GitHub Actions workflow that its JSON schema cannot make (scripts/validate-workflows.sh
// runs the schema validator first, then this). Usage: node scripts/workflow-lint.mjs FILE
// Needs the npm package `yaml`, found in $YUTANG_TOOLS_DIR/node_modules (validate-workflows.sh
// installs it there). Prints a one-line summary and exits 0, or prints the problems and exits 1.
//  - every `run:` block whose shell is bash (explicit, or the default on a non-Windows runner)
//    passes `bash -n`, with each ${{ expression }} replaced by a plain word;
//  - a multi-line pwsh block sets $PSNativeCommandUseErrorActionPreference = $true: without it
//    a failing native command (cmake, cpack, psql...) in the middle of the block is ignored;
//  - every third-party action is pinned: owner/repo@vN[.N[.N]] or a 40-hex commit, not a branch;
//  - no `if:` reads `secrets.` (GitHub rejects it; map the secret into env first);
//  - every `needs:` names a job of the same workflow.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const file = process.argv[2];
if (!file) {
    console.error('usage: node scripts/workflow-lint.mjs FILE');
    process.exit(2);
}
const toolsDir = process.env.YUTANG_TOOLS_DIR;
if (!toolsDir) {
    console.error('workflow-lint: set YUTANG_TOOLS_DIR (scripts/validate-workflows.sh does)');
    process.exit(2);
}
const YAML = createRequire(path.join(toolsDir, 'node_modules', 'noop.js'))('yaml');

const problems = [];
const doc = YAML.parseDocument(readFileSync(file, 'utf8'));
if (doc.errors.length) {
    for (const e of doc.errors) problems.push(`yaml: ${e.message}`);
    report();
}
const wf = doc.toJS() ?? {};
const jobs = wf.jobs ?? {};
const counts = { bash: 0, pwsh: 0, actions: 0 };

const expr = /\$\{\{[\s\S]*?\}\}/g;
const pinned = /^[\w.-]+\/[\w./-]+@(v\d+(\.\d+){0,2}|[0-9a-f]{40})$/;

function checkIf(where, cond) {
    if (typeof cond === 'string' && /\bsecrets\./.test(cond))
        problems.push(`${where}: \`if:\` reads secrets (${cond.trim()}); map the secret into env and test that`);
}

function bashCheck(where, script) {
    const text = script.replace(expr, 'GHA_EXPRESSION');
    const r = spawnSync('bash', ['-n'], { input: text, encoding: 'utf8' });
    if (r.status !== 0)
        problems.push(`${where}: bash -n: ${r.stderr.trim().replace(/^bash: /gm, '')}`);
}

function pwshCheck(where, script) {
    const lines = script.split('\n').filter((l) => l.trim() && !l.trim().startsWith('#'));
    if (lines.length > 1 && !/\$PSNativeCommandUseErrorActionPreference\s*=\s*\$true/.test(script))
        problems.push(`${where}: multi-line pwsh block without $PSNativeCommandUseErrorActionPreference = $true`);
}

for (const [jobId, job] of Object.entries(jobs)) {
    const jobWhere = `job ${jobId}`;
    checkIf(jobWhere, job.if);
    for (const need of [].concat(job.needs ?? []))
        if (!(need in jobs)) problems.push(`${jobWhere}: needs unknown job "${need}"`);
    if (job.uses) continue; // a reusable workflow call has no steps
    const runsOn = JSON.stringify(job['runs-on'] ?? '');
    const windows = /windows/i.test(runsOn);
    const defaultShell =
        job.defaults?.run?.shell ?? wf.defaults?.run?.shell ?? (windows ? 'pwsh' : 'bash');
    (job.steps ?? []).forEach((step, i) => {
        const where = `${jobWhere}, step ${i + 1} "${step.name ?? step.uses ?? step.run?.split('\n')[0]}"`;
        checkIf(where, step.if);
        if (step.uses) {
            counts.actions++;
            if (!step.uses.startsWith('./') && !step.uses.startsWith('docker://') && !pinned.test(step.uses))
                problems.push(`${where}: action not pinned to a version tag or commit: ${step.uses}`);
        }
        if (typeof step.run === 'string') {
            const shell = String(step.shell ?? defaultShell);
            if (shell === 'bash' || shell.startsWith('bash ')) {
                counts.bash++;
                bashCheck(where, step.run);
            } else if (shell === 'pwsh' || shell === 'powershell') {
                counts.pwsh++;
                pwshCheck(where, step.run);
            }
        }
    });
}
report();

function report() {
    if (problems.length) {
        for (const p of problems) console.log(`  ${p}`);
        process.exit(1);
    }
    console.log(
        `${Object.keys(jobs).length} jobs, ${counts.actions} actions pinned, ` +
            `${counts.bash} bash blocks pass bash -n, ${counts.pwsh} pwsh blocks (not parsed here)`);
    process.exit(0);
}

"""Execute notebooks and keep their outputs, for the documentation site (nbdev_test runs them but keeps nothing).

    python tools/run_nb.py nbs/08b_training.ipynb                      # run all but the `tst_flags` cells, in place
    python tools/run_nb.py nbs/08b_training.ipynb --all --out run.ipynb  # run every cell, the slow ones too
    python tools/run_nb.py nbs/08b_training.ipynb --outputs_from run.ipynb  # skipped cells take the outputs of that executed copy
    python tools/run_nb.py nbs/11_bench.ipynb --all --only "bench('bench.json'"  # of the flagged cells, run only those containing the text
    python tools/run_nb.py nbs/08b_training.ipynb --all --only "res = train(" "res['steps']"   # ... or any of several texts

Skipped cells keep the outputs they have (or those of the same source in `--outputs_from`), so the outputs of a long
reference run survive re-executing the fast cells. Progress bars are left out of the stored outputs; temporary folders are shown as `tmp`; hidden test cells keep no outputs.
    python tools/run_nb.py nbs/*.ipynb --tidy                          # only tidy the stored outputs, running nothing"""
import argparse, configparser, os, re, sys, time
from pathlib import Path
from execnb.nbio import read_nb, write_nb
from execnb.shell import CaptureShell
from fastcore.xtras import working_directory

def _flags(src):
    return {f for line in src.splitlines() if (m := re.match(r'^#\|\s*(.*)$', line.strip())) for f in m.group(1).split()}

def _collapse(text):
    "What a terminal shows of text with carriage returns: per line (split at newlines only), what follows the last `\\r`."
    lines = ''.join(text).split('\n')
    return '\n'.join(l.rstrip('\r').rsplit('\r', 1)[-1] for l in lines)

_TMP = re.compile(r'(?:/private)?(?:/tmp|/var/folders/[^/\s]+/[^/\s]+/T)/tmp[A-Za-z0-9_]+')

def _untemp(text):
    "Temporary folders of test cells shown as `tmp` instead of a random path that changes with every run."
    return _TMP.sub('tmp', text)

_BAR = re.compile(r'^.*\d+%\|.*\| *\d+/\d+ \[.*\]\s*$')

def _no_bars(text):
    "Text without tqdm's progress bars (a stored bar shows how long one run took, not what it found)."
    return '\n'.join(l for l in text.split('\n') if not _BAR.match(l))

def tidy(nb):
    """Stored outputs as the docs show them: progress bars dropped, the terminal's last state of each line, temporary folders as `tmp`;
    a hidden test cell keeps none (the docs never show it, and every test run makes its outputs anew)."""
    for c in nb.cells:
        if c.cell_type != 'code': continue
        if 'hide' in _flags(c.source) and not _flags(c.source) & {'slow', 'train', 'browser'}: c.outputs = []
        for o in c.get('outputs', []):
            if o.get('output_type') == 'stream': o['text'] = _no_bars(_untemp(_collapse(o['text']))).splitlines(True)   # (no \r is left to split at)
            for k, v in o.get('data', {}).items():
                if k.startswith('text/') and isinstance(v, (str, list)): o['data'][k] = _untemp(''.join(v)).splitlines(True)
        c.outputs = [o for o in c.get('outputs', []) if not (o.get('output_type') == 'stream' and not ''.join(o['text']).strip())]
        c.execution_count = None
    return nb

def run(fn, flags, run_flagged=False, out=None, outputs_from=None, only=None):
    "Execute `fn`; cells with one of `flags` run only with `run_flagged` (and, given `only`, if their source contains one of its texts)."
    fn = Path(fn).resolve(); nb = read_nb(fn)
    donor = {}
    if outputs_from:
        for c in read_nb(outputs_from).cells:
            if c.cell_type == 'code': donor.setdefault(c.source, c.get('outputs', []))
    t0 = time.time(); n = len(nb.cells)
    def preproc(c):
        if c.cell_type != 'code': return True
        skipped = _flags(c.source) & flags and not (run_flagged and (not only or any(o in c.source for o in only)))
        if skipped or 'nbdev_export(' in c.source:
            if c.source in donor: c.outputs = donor[c.source]
            return True
        print(f'[{time.time()-t0:7.1f}s] cell {c.idx_}/{n}: {c.source.splitlines()[-1][:80]}', flush=True)
    shell = CaptureShell(fn)
    with working_directory(fn.parent):
        try: shell.run_all(nb, exc_stop=True, preproc=preproc)
        except Exception:
            sys.stderr.write(shell.prettytb(fname=fn) + '\n'); raise SystemExit(1)
    write_nb(tidy(nb), out or fn)
    print(f'{fn.name}: done in {time.time()-t0:.0f}s -> {out or fn}', flush=True)

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('notebooks', nargs='+')
    p.add_argument('--all', action='store_true', help='run the cells flagged in tst_flags too')
    p.add_argument('--out', help='write the executed notebook here (one notebook only)')
    p.add_argument('--outputs_from', help='executed copy whose outputs the skipped cells take')
    p.add_argument('--only', nargs='+', help='with --all: of the flagged cells, run only those whose source contains one of these texts')
    p.add_argument('--tidy', action='store_true', help='run nothing: only tidy the stored outputs (progress bars, temporary folders)')
    a = p.parse_args()
    if a.tidy:
        for fn in a.notebooks: write_nb(tidy(read_nb(fn)), fn)
        raise SystemExit(0)
    sys.argv = sys.argv[:1]     # the notebooks must not see these arguments (torch inductor reads an `--only` in sys.argv as a benchmark name)
    cfg = configparser.ConfigParser(); cfg.read(Path(__file__).parents[1]/'settings.ini')
    flags = set(cfg['DEFAULT'].get('tst_flags', '').split())
    for fn in a.notebooks: run(fn, flags, a.all, a.out, a.outputs_from, a.only)

"""Figures quoted in a notebook's prose that none of its stored results holds (the prose would go stale when the results change).

    python tools/figures.py nbs/13_zero_shot.ipynb [--also nbs/09_evaluation.ipynb ...]

A figure is a decimal with two or more places (`11.02`, `0.0801`) or a percentage with one (`86.2%`). Each one in a Markdown cell must
appear, as written, in a stored output of the notebook (or of the notebooks and files given with `--also`), or in its code (a setting
such as `ema_decay=0.999`, or a worked example's expected value in a test). Exits 1 listing the others."""
import argparse, json, re, sys
from pathlib import Path

FIGURE = re.compile(r'(?<![\w.])\d+\.(?:\d{2,}|\d%)')

def stored_text(path)->str:
    "Everything a notebook's outputs show as text (streams, plain text and Markdown), or a plain file's text."
    path = Path(path)
    if path.suffix != '.ipynb': return path.read_text()
    out = []
    for c in json.loads(path.read_text())['cells']:
        for o in c.get('outputs', []):
            out.append(''.join(o.get('text', '')))
            out += [''.join(v) for k, v in o.get('data', {}).items() if k in ('text/plain', 'text/markdown')]
    return '\n'.join(out)

def unsourced(nb, also=())->list:
    "The figures in `nb`'s Markdown cells that no stored output (of `nb` or of `also`) holds, as (cell index, figure)."
    cells = json.loads(Path(nb).read_text())['cells']
    sources = '\n'.join([stored_text(p) for p in (nb, *also)] + [''.join(c['source']) for c in cells if c['cell_type'] == 'code'])
    return [(i, f) for i, c in enumerate(cells) if c['cell_type'] == 'markdown' for f in FIGURE.findall(''.join(c['source'])) if f not in sources]

if __name__ == '__main__':
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument('notebook'); p.add_argument('--also', nargs='*', default=[])
    a = p.parse_args()
    miss = unsourced(a.notebook, a.also)
    for i, f in miss: print(f'{a.notebook} cell {i}: {f} is in no stored result')
    sys.exit(1 if miss else 0)

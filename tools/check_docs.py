"""Check what the docs site will render, from the processed notebooks (run `nbdev_proc_nbs` first; Quarto is not needed).

    nbdev_proc_nbs && python tools/check_docs.py

Fails (exit 1), listing each problem, when a stored image does not decode, a stored output holds a temporary path, a warning on
stderr, a progress bar or a frame of a local page (dead in the docs), a show_doc signature holds a markdown link (its code block would
show it raw), a stage notebook holds fewer than two pictures, a notebook is missing from the sidebar, a pipeline notebook breaks the book's rules (its first picture after its first 10 cells, more
than 8 visible test cells, a prose cell over 200 words), a results page's section holds more than its lead before its plot or table, or the docs build would run a
cell that does more than import (`nbdev_proc_nbs` executes every cell holding an import statement, so a test there would run, and store
what it prints, in the page: imports belong in the notebook's import cell)."""
import ast, base64, glob, io, json, re, sys
from pathlib import Path
from PIL import Image

STAGES = ('01_data', '02_schedule', '04_unet', '06_pictures', '07_ddim', '08_loss', '08a_train_state', '08b_training', '09_evaluation', '10_commands')  # the pipeline's stages
PIPELINE = ('01_data', '02_schedule', '04_unet', '07_ddim', '08_loss', '08a_train_state', '08b_training', '09_evaluation')   # the lesson: a real picture first, tests out of the story
CORE_SHOWN = ('01_data', '02_schedule', '04_unet', '07_ddim', '08b_training', '09_evaluation')   # each shows two cells of its exported core (#| exports)
LATEX = ('02_schedule', '07_ddim', '09_evaluation')       # their formulas in LaTeX
RESULTS = ('11_bench', '12_comparison', '13_zero_shot', '13a_frontier')   # results pages: read in a minute
TINY = re.compile(r'\bTINY_TRAIN\b|\btiny\w*\b')
TMP = re.compile(r'(?:/tmp|/var/folders)/tmp\w+|(?<![\w/.~-])tmp/[\w./-]+')   # a test's folder, or one run_nb shows as tmp/
BAR = re.compile(r'\d+%\|.*\| *\d+/\d+ \[')

def runs_in_docs_build(src:str)->bool:
    "Whether `nbdev_proc_nbs` would execute this code cell for more than its imports (nbdev.processors._do_eval; the Colab install cell aside)."
    if re.search(r'^#\|\s*(export|exports|exporti|exec_doc)\b', src, re.M) or re.search(r'^#\|\s*eval:\s*false', src, re.M) or "'google.colab' in sys.modules" in src: return False
    try: tree = ast.parse(src)
    except SyntaxError: return False
    return any(isinstance(n, (ast.Import, ast.ImportFrom)) for n in ast.walk(tree)) and not all(isinstance(n, (ast.Import, ast.ImportFrom)) for n in tree.body)

def results_sections(f:Path)->list:
    """A results page's sections lead with their plot or table: in each `##`/`###` section that shows one, at most the heading's
    own cell of prose (up to 100 words) comes before it; the commands and how it was measured follow."""
    problems, sec = [], None
    def close():
        if sec and sec['first_out'] is not None and sec['words'] > 100:
            problems.append(f"{f.name} cell {sec['cell']}: the lead of {sec['title']!r} has {sec['words']} words (at most 100)")
        if sec and sec['prose'] > 1 and sec['first_out'] is not None:
            problems.append(f"{f.name} cell {sec['cell']}: the section {sec['title']!r} has {sec['prose']} prose cells before its "
                            f"first plot or table (cell {sec['first_out']}): lead with it, the method after")
    for i, c in enumerate(json.loads(f.read_text())['cells']):
        src = ''.join(c['source'])
        if c['cell_type'] == 'markdown' and re.match(r'#{2,3} ', src):
            close()
            sec = dict(cell=i, title=src.splitlines()[0], prose=1, first_out=None, words=len(src.split()))
        elif sec is None: continue
        elif c['cell_type'] == 'markdown' and sec['first_out'] is None: sec['prose'] += 1
        elif c['cell_type'] == 'code' and sec['first_out'] is None and any(
                k.startswith('image/') or k in ('text/markdown', 'text/html') for o in c.get('outputs', []) for k in o.get('data', {})):
            sec['first_out'] = i
    close()
    return problems

def check(nbs='nbs', proc='_proc'):
    problems, pictures = [], {}
    sidebar = (Path(nbs)/'sidebar.yml').read_text() if (Path(nbs)/'sidebar.yml').exists() else ''
    for f in sorted(Path(nbs).glob('*.ipynb')):
        if f.name.startswith('_'): continue
        if f.name not in sidebar: problems.append(f'{f.name} is missing from sidebar.yml: the docs site would not list it')
        n, first_picture, visible_tests, shown_core, latex = 0, None, 0, 0, False
        for i, c in enumerate(json.loads(f.read_text())['cells']):
            src = ''.join(c['source'])
            flags_ = set(re.findall(r'^#\|\s*(\S+)', src, re.M))
            shown = c['cell_type'] == 'code' and not flags_ & {'hide', 'export', 'exporti'}
            shown_core += c['cell_type'] == 'code' and 'exports' in flags_
            latex = latex or (c['cell_type'] == 'markdown' and '$' in src)
            if c['cell_type'] == 'markdown' and any("'" in m_ for m_ in re.findall(r'\$\$.*?\$\$|\$[^$\n]+\$', src, re.S)):
                problems.append(f"{f.name} cell {i}: a prime written ' in LaTeX (MathJax 2 without its web fonts cannot draw it): "
                                "write ^{\\prime}")
            if shown and TINY.search(src): problems.append(f'{f.name} cell {i}: a shown cell runs the tiny test model (the lesson shows the bundled models; tests go in #| hide cells)')
            if shown or (c['cell_type'] == 'code' and 'exports' in flags_):
                for l in src.splitlines():
                    if len(l) > 120: problems.append(f'{f.name} cell {i}: a shown code line of {len(l)} characters (at most 120): {l[:60]}...')
            if shown and re.search(r'\btest_\w+\(|\bassert\b', src) and len([l for l in src.splitlines() if l.strip()]) > 3:
                problems.append(f'{f.name} cell {i}: a shown test of {len(src.splitlines())} lines (a test that stays in the lesson is a '
                                'short example: show what it computes, check it in a #| hide cell)')
            if f.stem in RESULTS and c['cell_type'] == 'markdown' and len(src.split()) > 250: problems.append(f'{f.name} cell {i}: a prose cell of {len(src.split())} words (a results page keeps them to 250)')
            if f.stem in RESULTS and shown:
                for o in c.get('outputs', []):
                    plain = ''.join(o.get('data', {}).get('text/plain', '')) if 'text/markdown' not in o.get('data', {}) and 'text/html' not in o.get('data', {}) else ''
                    if plain.lstrip().startswith('{') and plain.count('\n') >= 10: problems.append(f'{f.name} cell {i}: a raw dict of {plain.count(chr(10)) + 1} lines in a stored output (show a table or a plot)')
            if f.stem in PIPELINE:
                flags = set(re.findall(r'^#\|\s*(\S+)', src, re.M))
                if c['cell_type'] == 'markdown' and len(src.split()) > 200: problems.append(f'{f.name} cell {i}: a prose cell of {len(src.split())} words (a pipeline notebook keeps them to 200)')
                if c['cell_type'] == 'code' and not flags & {'hide', 'export', 'exporti'} and re.search(r'\btest_\w+\(|\bassert\b', src):
                    visible_tests += 1
                if first_picture is None and any(k.startswith('image/') for o in c.get('outputs', []) for k in o.get('data', {})): first_picture = i
            if c['cell_type'] == 'code' and runs_in_docs_build(src):
                problems.append(f'{f.name} cell {i}: the docs build would run it (it imports and does more): move its imports to the import cell')
            for o in c.get('outputs', []):
                for mime, v in o.get('data', {}).items():
                    if mime.startswith('image/') and mime != 'image/svg+xml':
                        n += 1
                        try: Image.open(io.BytesIO(base64.b64decode(''.join(v)))).verify()
                        except Exception as e: problems.append(f'{f.name} cell {i}: a stored {mime} does not decode ({e})')
                text = ''.join(o.get('text', '')) + ''.join(''.join(v) for k, v in o.get('data', {}).items() if k.startswith('text/'))
                if TMP.search(text): problems.append(f'{f.name} cell {i}: a temporary path in a stored output: {TMP.search(text).group(0)}')
                if o.get('name') == 'stderr' and re.search(r'Warning|Error', text): problems.append(f'{f.name} cell {i}: a warning on stderr: {text.strip()[:120]}')
                if BAR.search(text): problems.append(f'{f.name} cell {i}: a stored progress bar (python tools/run_nb.py {f} --tidy drops it)')
                html = ''.join(''.join(v) for k, v in o.get('data', {}).items() if k == 'text/html')
                if '<iframe' in html: problems.append(f'{f.name} cell {i}: a stored frame of a page (dead in the docs): store a screenshot instead')
        if f.stem in RESULTS: problems += results_sections(f)
        pictures[f.stem] = n
        if f.stem in CORE_SHOWN and shown_core < 2: problems.append(f'{f.name}: {shown_core} cell(s) of its exported core shown (#| exports); a pipeline page shows at least two')
        if f.stem in LATEX and not latex: problems.append(f'{f.name}: no formula in LaTeX ($…$ or $$…$$)')
        if f.stem in PIPELINE and (first_picture is None or first_picture >= 10): problems.append(f'{f.name}: its first picture is in cell {first_picture}: a pipeline notebook opens with a real result within its first 10 cells')
        if f.stem in PIPELINE and visible_tests > 8: problems.append(f'{f.name}: {visible_tests} visible test cells (at most 8: the rest in #| hide cells)')
    for f in sorted(Path(proc).glob('*.ipynb')):
        for c in json.loads(f.read_text())['cells']:
            for o in c.get('outputs', []):
                md = ''.join(o.get('data', {}).get('text/markdown', ''))
                for block in re.findall(r'```python\n(.*?)```', md, re.S):
                    if '](' in block: problems.append(f'{f.name}: a show_doc signature holds a markdown link: {block.splitlines()[0][:80]}')
    readme = Path(nbs).parent/'README.md'
    if readme.exists():
        rl = readme.read_text().splitlines()
        if len(rl) > 150: problems.append(f'README.md has {len(rl)} lines (at most 150: the index is a landing page)')
        for k, l in enumerate(rl, 1):
            if len(l) > 160: problems.append(f'README.md line {k} has {len(l)} characters (at most 160)')
    if not list(Path(proc).glob('*.ipynb')): problems.append(f'no processed notebooks in {proc}/: run nbdev_proc_nbs first')
    for s in STAGES:
        if pictures.get(s, 0) < 2: problems.append(f'{s}.ipynb holds {pictures.get(s, 0)} picture(s); a stage notebook shows at least two')
    return problems, pictures

if __name__ == '__main__':
    problems, pictures = check()
    print('pictures per notebook: ' + ', '.join(f'{k} {v}' for k, v in pictures.items()))
    for p in problems: print('docs check:', p)
    print(f'docs check: {len(problems)} problem(s)')
    sys.exit(1 if problems else 0)

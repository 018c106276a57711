"""Check what the docs site will render, from the processed notebooks (run `nbdev_proc_nbs` first; Quarto is not needed).

    nbdev_proc_nbs && python tools/check_docs.py

Fails (exit 1), listing each problem, when a stored image does not decode, a stored output holds a temporary path or a warning on
stderr, a show_doc signature holds a markdown link (its code block would show it raw), or a stage notebook holds fewer than two pictures."""
import base64, glob, io, json, re, sys
from pathlib import Path
from PIL import Image

STAGES = ('01_data', '02_schedule', '04_unet', '06_pictures', '07_ddim', '08_training', '09_evaluation', '10_commands')  # the pipeline's stages
TMP = re.compile(r'(?:/tmp|/var/folders)/tmp\w+')

def check(nbs='nbs', proc='_proc'):
    problems, pictures = [], {}
    for f in sorted(Path(nbs).glob('*.ipynb')):
        if f.name.startswith('_'): continue
        n = 0
        for i, c in enumerate(json.loads(f.read_text())['cells']):
            for o in c.get('outputs', []):
                for mime, v in o.get('data', {}).items():
                    if mime.startswith('image/') and mime != 'image/svg+xml':
                        n += 1
                        try: Image.open(io.BytesIO(base64.b64decode(''.join(v)))).verify()
                        except Exception as e: problems.append(f'{f.name} cell {i}: a stored {mime} does not decode ({e})')
                text = ''.join(o.get('text', '')) + ''.join(''.join(v) for k, v in o.get('data', {}).items() if k.startswith('text/'))
                if TMP.search(text): problems.append(f'{f.name} cell {i}: a temporary path in a stored output: {TMP.search(text).group(0)}')
                if o.get('name') == 'stderr' and re.search(r'Warning|Error', text): problems.append(f'{f.name} cell {i}: a warning on stderr: {text.strip()[:120]}')
        pictures[f.stem] = n
    for f in sorted(Path(proc).glob('*.ipynb')):
        for c in json.loads(f.read_text())['cells']:
            for o in c.get('outputs', []):
                md = ''.join(o.get('data', {}).get('text/markdown', ''))
                for block in re.findall(r'```python\n(.*?)```', md, re.S):
                    if '](' in block: problems.append(f'{f.name}: a show_doc signature holds a markdown link: {block.splitlines()[0][:80]}')
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

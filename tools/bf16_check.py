"""The bf16 path on a CPU that only emulates bf16 (about 18 times slower than fp32 there), where `.ci/run` cannot
afford to run 07_ddim and 08b_training again with it forced: the same code paths on a tiny run and the bundled
model, with DDIM_MNIST_PRECISION=bf16 making `precision='auto'` resolve to bf16. Exits 1 with the first failed check."""
import os, tempfile
from pathlib import Path
import torch
from ddim_mnist.data import center_mask, load_mnist, to_images
from ddim_mnist.checkpoint import load_checkpoint
from ddim_mnist.training import train, TINY_TRAIN
from ddim_mnist.ddim import inpaint
from ddim_mnist.commands import eval_cmd

assert os.environ.get('DDIM_MNIST_PRECISION') == 'bf16', 'run with DDIM_MNIST_PRECISION=bf16'
with tempfile.TemporaryDirectory() as d:
    d = Path(d)
    run = dict(TINY_TRAIN, epochs=4, n_train=128, precision='auto'); del run['max_steps']
    # training: auto resolves to bf16; stopped and resumed, the run is bit for bit the one made straight through
    a = train(**run, out_dir=d/'a', max_steps=8)
    assert a['precision'] == 'bf16', a['precision']
    assert all(torch.isfinite(torch.tensor(a['losses']))), a['losses']
    train(**run, out_dir=d/'b', max_steps=4)
    b = train(**run, out_dir=d/'b', max_steps=8, resume=d/'b'/'last.pt')
    assert b['losses'] == a['losses'], 'the resumed bf16 run took other steps'
    wa, wb = (torch.load(p/'last.pt', weights_only=True) for p in (d/'a', d/'b'))
    assert all(torch.equal(x, y) for k in ('model', 'ema') for x, y in zip(wa[k].values(), wb[k].values())), \
        'the resumed bf16 run ended with other weights'
    # sampling, on the bundled model: auto resolves to bf16, the known pixels are kept exactly, and the fills are images
    # that differ from fp32's by rounding (they do differ: bf16 was used)
    model, _ = load_checkpoint('pretrained', 'cpu')
    x, M = to_images(load_mnist(train=False, n=8)), center_mask(12)
    s = inpaint(model, x, M, steps=4, dc_repeats=1, seed=0, n_samples=2)
    assert s.precision == 'bf16', s.precision
    bf, f32 = s.samples[:, 0], inpaint(model, x, M, steps=4, dc_repeats=1, seed=0, precision='fp32')
    assert torch.equal(bf * (1 - M), x * (1 - M)), 'bf16 sampling changed known pixels'
    assert bool(torch.isfinite(bf).all()) and bf.min() >= 0 and bf.max() <= 1, 'bf16 fills are not images'
    gap = (bf - f32).abs().mean().item()
    assert 0 < gap < 0.01, f'bf16 fills differ from fp32 by {gap:.4f} on average'
    # the reference command: its metrics say bf16
    m = eval_cmd(ckpt=d/'a'/'last.pt', n_eval=16, steps=5, out_dir=d/'e', progress=False)
    assert m['precision'] == 'bf16', m['precision']
print(f'bf16: a tiny run resumes bit for bit; the bundled model keeps the known pixels and fills within {gap:.4f} of '
      'fp32 on average; eval_cmd records bf16')

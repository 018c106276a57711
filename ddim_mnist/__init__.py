"""DDIM inpainting of a missing square in MNIST digits: a timestep-conditioned U-Net, trained and sampled on a CPU.

The public API, re-exported from the notebook-generated modules. Each module has one job, and imports flow one way:
core → data → schedule → runtime → unet → checkpoint → pictures → ddim → loss → train_state → training
→ distill → evaluation → commands → cli → bench → comparison → zero_shot → frontier → demo."""
__version__ = "0.1.0"
from .core import (check_int, check_choice, check_range, named_args, atomic_write, save_json, save_npz,
                   library_version)
from .data import (Digits, center_mask, box_mask, half_mask, random_boxes, strokes, pixel_dropout, load_mask,
                   sample_masks, load_mnist, to_images, resize_images, resize_mask, observe, prepare_digit)
from .runtime import get_device, device_name, choose_precision, resolve_precision, probe_precision, tune_malloc
from .unet import InpaintUNet, DEFAULT_WIDTHS
from .checkpoint import load_checkpoint, save_checkpoint, migrate_checkpoint
from .ddim import SamplerSettings, Samples, METHODS, PRESETS, inpaint, ddim_inpaint
from .loss import diffusion_loss
from .train_state import TrainConfig
from .training import train
from .distill import DistillLoss   # (`distill`, the function, stays in its module)
from .evaluation import hole_metrics, public_protocol, grey_share, seed_spread, calibration, frechet_distance
from .commands import sample_cmd, eval_cmd, export_pretrained, inpaint_file
from .bench import quality_curve   # (`bench`, the function, stays in its module: `ddim_mnist.bench` is the module)
from .zero_shot import equal_cost, compare_samplers
from .frontier import FRONTIER_SETTINGS, fast_choice   # (`frontier`, the function, stays in its module)

__all__ = ['check_int', 'check_choice', 'check_range', 'named_args', 'atomic_write', 'save_json', 'save_npz',
           'library_version', 'Digits', 'center_mask', 'box_mask', 'half_mask', 'random_boxes', 'strokes',
           'pixel_dropout', 'load_mask', 'sample_masks', 'load_mnist', 'to_images', 'resize_images', 'resize_mask',
           'observe', 'prepare_digit', 'get_device', 'device_name', 'choose_precision', 'resolve_precision',
           'probe_precision', 'tune_malloc', 'InpaintUNet', 'DEFAULT_WIDTHS', 'load_checkpoint', 'save_checkpoint',
           'migrate_checkpoint', 'SamplerSettings', 'Samples', 'METHODS', 'PRESETS', 'inpaint', 'ddim_inpaint',
           'diffusion_loss', 'TrainConfig', 'train', 'DistillLoss', 'hole_metrics', 'public_protocol',
           'grey_share', 'seed_spread', 'calibration', 'frechet_distance', 'sample_cmd', 'eval_cmd',
           'export_pretrained', 'inpaint_file', 'quality_curve', 'equal_cost', 'compare_samplers', 'FRONTIER_SETTINGS',
           'fast_choice']

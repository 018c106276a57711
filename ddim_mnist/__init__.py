__version__ = "0.1.0"
"DDIM inpainting of a missing square in MNIST digits. The public API, re-exported from the notebook-generated modules."
from .data import center_mask, box_mask, half_mask, random_boxes, strokes, pixel_dropout, load_mask, sample_masks, load_mnist, to_images, observe
from .unet import InpaintUNet, DEFAULT_WIDTHS, get_device, device_name, tune_malloc
from .training import train, load_checkpoint, save_checkpoint
from .ddim import inpaint
from .evaluation import hole_metrics, sample_cmd, eval_cmd, export_pretrained
from .bench import bench, quality_curve
from .commands import prepare_digit, inpaint_file

__all__ = ['center_mask', 'box_mask', 'half_mask', 'random_boxes', 'strokes', 'pixel_dropout', 'load_mask', 'sample_masks', 'load_mnist', 'to_images', 'observe', 'InpaintUNet', 'DEFAULT_WIDTHS', 'get_device', 'device_name', 'tune_malloc', 'train', 'load_checkpoint', 'save_checkpoint',
           'inpaint', 'hole_metrics', 'sample_cmd', 'eval_cmd', 'export_pretrained', 'bench', 'quality_curve', 'prepare_digit', 'inpaint_file']

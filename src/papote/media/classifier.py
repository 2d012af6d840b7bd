"""The ImageClassifier adapter on NudeNet 3.4 (its 320n.onnx model ships inside the wheel;
onnxruntime on the CPU; nothing is downloaded at run time)."""

from __future__ import annotations

from importlib import metadata
from typing import TYPE_CHECKING, Any

from papote.ports import Verdict

if TYPE_CHECKING:
    from PIL.Image import Image as PilImage

# The detector's classes that count as nudity; covered parts, faces, feet do not.
NUDE_LABELS = frozenset(
    {
        "FEMALE_BREAST_EXPOSED",
        "FEMALE_GENITALIA_EXPOSED",
        "MALE_GENITALIA_EXPOSED",
        "ANUS_EXPOSED",
        "BUTTOCKS_EXPOSED",
    }
)


def nude_score(detections: list[dict[str, Any]]) -> tuple[float, tuple[str, ...]]:
    """The highest score among nudity classes, and those classes (sorted), from NudeNet's
    detections (``[{"class": ..., "score": ..., "box": ...}]``)."""
    score = 0.0
    labels: set[str] = set()
    for item in detections:
        label = str(item.get("class", ""))
        if label in NUDE_LABELS:
            labels.add(label)
            score = max(score, float(item.get("score", 0.0)))
    return score, tuple(sorted(labels))


class NudeNetClassifier:
    """``classify`` runs the detector on the image's pixels (one CPU thread: the worker
    processes are the parallelism)."""

    def __init__(self) -> None:
        import os

        import nudenet
        import onnxruntime
        from nudenet import NudeDetector

        model_path = os.path.join(os.path.dirname(nudenet.__file__), "320n.onnx")
        detector = NudeDetector(model_path=model_path)
        options = onnxruntime.SessionOptions()
        options.intra_op_num_threads = 1
        options.inter_op_num_threads = 1
        detector.onnx_session = onnxruntime.InferenceSession(
            model_path,
            sess_options=options,
            providers=["CPUExecutionProvider"],
        )
        self.detector = detector
        self.model = f"nudenet-{metadata.version('nudenet')}/320n"

    def classify(self, image: PilImage) -> Verdict:
        import numpy as np

        # NudeNet expects what cv2.imread gives: BGR, 8 bits, 3 channels.
        bgr = np.ascontiguousarray(np.asarray(image.convert("RGB"), dtype=np.uint8)[:, :, ::-1])
        score, labels = nude_score(self.detector.detect(bgr))
        return Verdict(score=round(score, 4), labels=labels, model=self.model)


def create() -> NudeNetClassifier:
    """The factory a media worker calls (``papote.media.classifier:create``)."""
    return NudeNetClassifier()

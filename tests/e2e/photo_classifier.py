"""A stand-in nudity classifier for the browser tests (loaded by the server's media
worker through ``PAPOTE_MEDIA_CLASSIFIER``): an image whose top-left pixel is pure
magenta counts as nude. The real model is tested on its own (tests/service/
test_media_workers.py); no test needs a real nude picture."""

from __future__ import annotations

from PIL.Image import Image

from papote.ports import Verdict


class MagentaClassifier:
    def classify(self, image: Image) -> Verdict:
        pixel = image.convert("RGB").getpixel((0, 0))
        assert isinstance(pixel, tuple)
        r, g, b = pixel[:3]
        if r > 200 and g < 50 and b > 200:
            return Verdict(score=0.99, labels=("FEMALE_BREAST_EXPOSED",), model="test-magenta")
        return Verdict(score=0.01, labels=(), model="test-magenta")


def create() -> MagentaClassifier:
    return MagentaClassifier()

"""Photos: the image pipeline, known-image lists, the nudity classifier, media stores."""

"""Learn: token features, training data from the annotated corpus, and CRF training."""

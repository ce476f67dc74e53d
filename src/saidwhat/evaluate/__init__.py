"""Evaluate: read the dataset schema, write predictions in it, and score them with the
dataset authors' metric (reference and strict pairing)."""
from saidwhat.evaluate.dataset import Annotation, Document, annotations_from_article, load_directory, load_document
from saidwhat.evaluate.metric import Report, score

__all__ = ["Annotation", "Document", "Report", "annotations_from_article", "load_directory", "load_document", "score"]

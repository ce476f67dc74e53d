"""Text layer: normalise the raw input (keeping an offset map), then segment it."""
from saidwhat.text.normalise import NormalisedText, normalise
from saidwhat.text.segment import Document, Sentence, Token, segment

__all__ = ["NormalisedText", "normalise", "Document", "Sentence", "Token", "segment"]

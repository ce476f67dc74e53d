"""saidwhat: who said what, to whom, on whose authority, and how — in German news."""
from saidwhat.pipeline import Pipeline, analyze
from saidwhat.types import Article, Mention, Quotation, TextSpan, UnattributedClaim

__all__ = ["analyze", "Pipeline", "Article", "Quotation", "Mention", "TextSpan", "UnattributedClaim"]
__version__ = "0.1.0"

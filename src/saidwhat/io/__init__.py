"""Input and output: read articles from files, directories, JSON lines or stdin; write the
JSON contract, JSON lines or a terminal table."""
from saidwhat.io.read import InputArticle, decode, from_html, is_batch, read_inputs, read_jsonl
from saidwhat.io.write import WRITERS, Record, article_to_contract, write_json, write_jsonl, write_table

__all__ = [
    "InputArticle", "decode", "from_html", "is_batch", "read_inputs", "read_jsonl",
    "WRITERS", "Record", "article_to_contract", "write_json", "write_jsonl", "write_table",
]

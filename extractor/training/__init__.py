"""Training and evaluation of the Indonesian NER model shipped in ``models/ner``."""

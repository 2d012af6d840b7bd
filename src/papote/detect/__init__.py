"""Adapters of the RiskDetector port: the rules with a phonenumbers check, plus a small
classifier head over multilingual sentence embeddings (numpy)."""

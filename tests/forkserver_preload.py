"""Imported last by the tests' fork server (tests/forked.py, PRELOAD), once Papote is: the
objects made so far are collected, then frozen (``gc.freeze``), so that the servers and
CLI runs forked from it neither walk nor copy them when they collect garbage. A server
does the same at start-up (``papote.cli.tune_runtime``); forked, it freezes only what it
made itself."""

import gc

gc.collect()
gc.freeze()

"""Tests of the reference portal (run from server/ or via discover -t server)."""

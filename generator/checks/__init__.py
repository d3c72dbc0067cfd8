"""The consistency rules of `slasite check`: a registry of small functions, each with a code."""

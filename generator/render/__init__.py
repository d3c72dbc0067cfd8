"""Model + catalogs -> {output path: bytes}. Renderers never touch the file system for writing."""

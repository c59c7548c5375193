"""Files in, chunks out: discovery, converters, chunking, the incremental pipeline."""

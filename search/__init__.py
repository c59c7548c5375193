"""The index: data types, embedders, German analyzer, vector stores and hybrid retrieval."""

"""What a figure is, and how dataset files become one checked frame: the vocabulary, periods, printed
numbers, the record and source rules, the frame's schema, the reading of files, the cache and the
preference among versions. Imports nothing above :mod:`ipr_stats.errors`."""

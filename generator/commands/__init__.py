"""One module per command that is more than a pipeline call: catalogs, status, serve, audit."""

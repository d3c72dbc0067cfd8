"""Reading the project's files: YAML with line marks, Markdown pages with front matter."""

"""hyteplan: wellbeing plans of Finnish municipalities and welfare regions as YAML in git."""

__version__ = "0.1.0"

"""The typed model: every figure of the definition as a frozen dataclass, never as prose."""

from generator.model.types import *  # noqa: F401,F403

"""slasite: one SLA definition, translated pages and policy JSON, and a check that they agree."""

__version__ = "0.1.0"

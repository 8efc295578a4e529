"""Workflows: the engine and one declarative definition per workflow."""

from .engine import Workflow, WorkflowError, history_entry, load, load_all

__all__ = ["Workflow", "WorkflowError", "history_entry", "load", "load_all"]

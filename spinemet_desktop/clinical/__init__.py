"""Pure, deterministic clinical functions: ISNCSCI, scores, the guideline pathway. No Qt, no I/O."""

"""Putting a case and its results into words, once, for every renderer (no Qt).

Between ``clinical`` and ``report``/``ui``: the side panel, the summary page, the PDF and the FHIR
narratives take their wording of the pathway's answers from here.
"""

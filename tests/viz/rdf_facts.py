"""What the drawings must show, read from a dialoguekg export with rdflib
(shared by the viz tests)."""

import rdflib

DKG = rdflib.Namespace("https://w3id.org/dialoguekg/ns#")


def memberships(g):
    """(agency, dialogue) -> True where the agency was the head's agency:
    dkg:agency or dkg:headAgency of one of the dialogue's delegations, or
    the dkg:agency of a head's role (delegations with several heads)."""
    pairs = {}
    for d, dl in g.subject_objects(DKG.delegation):
        for a in g.objects(dl, DKG.agency):
            pairs.setdefault((a, d), False)
        for a in g.objects(dl, DKG.headAgency):
            pairs[(a, d)] = True
        for role in g.objects(dl, DKG.headRole):
            for a in g.objects(role, DKG.agency):
                pairs[(a, d)] = True
    return pairs

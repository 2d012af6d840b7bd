"""A known abuse image was uploaded: the urgent case, the sealed evidence and the
precautionary suspension, on the moderation system's own records (docs/moderation.md
"Known images").

The upload itself was refused without a reason. Here: a case in the child-safety
category, urgent, first in the queue; the match sealed as evidence (list, distance,
hashes, uploader, LCEN connection data; the bytes as uploaded are in the MediaStore's
evidence area, named by their SHA-256 in the seal); the person suspended at once on every
key they are known by (id, device, address, live connections), as the ladder binds a
suspension. A person then decides (ban, report to PHAROS, or lift it on appeal): the
statement says the decision was automated and is open to appeal like any other.
"""

from __future__ import annotations

from collections.abc import Callable

from papote.domain import moderation as rules
from papote.domain.moderation import Action, Category, Ground, Source, TargetType
from papote.ports import CaseRow, Clock
from papote.service.media import KnownImageUpload
from papote.service.moderation import Moderation

SYSTEM = "system:known-images"
FACTS = (
    "Une image envoyée correspond à une image connue d'une liste de signalement. "
    "Mesure conservatoire dans l'attente de l'examen par une personne de l'équipe."
)
NOTICE = (
    "Votre accès est suspendu à titre conservatoire le temps qu'une personne de l'équipe "
    "examine un contenu que vous avez envoyé. Vous pouvez contester cette décision dans "
    "les 6 mois depuis cette notification."
)


class ChildSafety:
    """The ``on_known_image`` hook of the MediaService."""

    def __init__(self, moderation: Moderation, clock: Clock, new_id: Callable[[], str]) -> None:
        self.moderation = moderation
        self.clock = clock
        self.new_id = new_id

    async def known_image(self, upload: KnownImageUpload) -> CaseRow:
        mod = self.moderation
        now = self.clock.now()
        category = Category.CHILD_SEXUAL_ABUSE
        case = CaseRow(
            id=self.new_id(),
            target_type=TargetType.USER.value,
            target_id=upload.user.id,
            target_user_id=upload.user.id,
            room_id=upload.room_id,
            category=category.value,
            severity=rules.SEVERITY[category],
            status="open",
            urgent=True,
            source=Source.VOLUNTARY.value,  # own-initiative, by automated detection
            created_at=now,
        )
        await mod.mstore.create_case(case)
        await mod.cases.evidence.seal(
            case.id,
            {
                "reason": "known_image",
                "list": upload.match.list_name,
                "match_kind": upload.match.kind,
                "listed_hash": upload.match.hash,
                "distance": upload.match.distance,
                "original_sha256": upload.original_sha256,
                "evidence_blob": upload.evidence_sha256,
                "pdq": upload.pdq,
                "size": upload.size,
                "uploaded_at": upload.at,
                "room_id": upload.room_id,
                "user": {"id": upload.user.id, "pseudo": upload.user.pseudo},
                "connection": {
                    "ip": upload.origin.ip,
                    "port": upload.origin.port,
                    "protocol": upload.origin.protocol,
                },
            },
            now,
        )
        await self._suspend(case, upload, now)
        await mod.audit.audit(
            SYSTEM,
            "known_image",
            case.id,
            {"list": upload.match.list_name, "kind": upload.match.kind, "user": upload.user.id},
        )
        await mod.guard.changed()
        return case

    async def _suspend(self, case: CaseRow, upload: KnownImageUpload, now: float) -> None:
        mod = self.moderation
        action = Action.SUSPENSION
        ends = rules.sanction_end(action, now, None)
        assert ends is not None  # a suspension is timed
        # The session's device and address and the live connections' (the guard's
        # bindings), plus the device and address of the upload request itself.
        request = [
            (key[2:] if key.startswith("d:") else None, key[2:] if key.startswith("i:") else None)
            for key in sorted(upload.keys)
            if key.startswith(("d:", "i:"))
        ]
        addresses = rules.binds_addresses(action, Category.CHILD_SEXUAL_ABUSE)  # True
        bound = mod.guard.bindings(upload.user.id, upload.user, addresses=addresses)
        await mod.automated.do_suspend(
            case,
            user_id=upload.user.id,
            category=Category.CHILD_SEXUAL_ABUSE,
            ground=Ground.ILLEGAL,
            facts=FACTS,
            content_type="CONTENT_TYPE_IMAGE",
            content_date=upload.at,
            now=now,
            ends=ends,
            pairs=list(dict.fromkeys([*bound, *request])),
            by=SYSTEM,
            title="Votre accès est suspendu",
            body=NOTICE,
        )

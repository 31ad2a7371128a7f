import re

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from core.forms import SitePageForm

# Words that state a call's status. The notice shows its status by itself from the dates, so
# the same words typed into its text are wrong as soon as the dates pass or the call is
# reused: "締め切りました" beside the automatic 受付中 of a call opened again.
STATUS_WORDS = re.compile(
    r"受付中|募集中|受付終了|募集終了|締め?[切き]り?ました|締め?切らせて|締切済|受け付けを終了"
    r"|\bnow open\b|\bapplications? (?:are |is )?(?:now )?(?:open|closed)\b"
    r"|\bcall (?:is |has )?closed\b|\((?:open|closed)\)",
    re.IGNORECASE,
)
FIELDS_THAT_MUST_NOT_STATE_THE_STATUS = ("title", "summary", "how_to_apply")


class RecruitmentPageForm(SitePageForm):
    def clean(self):
        cleaned_data = super().clean()
        for name in FIELDS_THAT_MUST_NOT_STATE_THE_STATUS:
            found = STATUS_WORDS.search(cleaned_data.get(name) or "")
            if found:
                self.add_error(
                    name,
                    ValidationError(
                        _(
                            "Please remove “%(words)s”: the notice shows whether applications "
                            "are open by itself, from the dates, and words typed here would "
                            "soon contradict it."
                        ),
                        params={"words": found.group()},
                    ),
                )
        return cleaned_data

"""People's names in the order their own language writes them: 佐藤 花子, but John Smith."""

from django.contrib.auth import get_user_model

from core.text import has_japanese


def full_name(user):
    """The family name first when the name is written in kanji or kana, as Japanese staff
    write and sort it; otherwise given name first, as Django does."""
    family, given = user.last_name.strip(), user.first_name.strip()
    if has_japanese(family + given):
        return f"{family} {given}".strip()
    return f"{given} {family}".strip()


def use_each_language_s_name_order():
    # Django's User writes every name given name first, and Wagtail shows that everywhere
    # (history, workflow, comments, mail). Replacing the user model to change one method is
    # unsupported once its tables exist, so the method itself is replaced.
    get_user_model().get_full_name = full_name

import re
import unicodedata

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

# Every mark a Japanese keyboard or phone types where a hyphen is meant: the long-vowel mark
# ー (full and half width, the usual slip), hyphens, dashes and the minus sign.
HYPHEN_LIKE = re.compile("[\u002d\u2010-\u2015\u2212\u30fc\uff0d\uff70]")


def half_width(value):
    """Full-width digits, letters and symbols (０４７, ｈａｎａｋｏ＠…) as their ASCII selves.

    NFKC, which also turns half-width katakana into full width; applied only to fields that
    are digits or addresses, never to names or messages, whose characters the family chose.
    """
    return unicodedata.normalize("NFKC", value)


def with_hyphens(value):
    return HYPHEN_LIKE.sub("-", half_width(value))


phone_number = RegexValidator(
    r"^\+?\(?[0-9][0-9 \-()]{8,18}[0-9]$",
    _("Enter a telephone number in digits, for example 04-7157-0281 or 090-1234-5678."),
)


class PhoneNumberField(forms.CharField):
    """A telephone number as families write it: ０９０ー１２３４ー５６７８, (04) 7157-0281,
    +81 90 1234 5678; kept with the family's grouping, in half-width digits and hyphens."""

    default_validators = [phone_number]

    def to_python(self, value):
        return " ".join(with_hyphens(super().to_python(value)).split())


class PostalCodeField(forms.CharField):
    """A Japanese postal code in any common form (〒277-0005, ２７７ー０００５, 2770005), stored
    as 277-0005."""

    default_error_messages = {
        "invalid": _("Enter the postal code in seven digits, for example 277-0005."),
    }

    def to_python(self, value):
        value = with_hyphens(super().to_python(value)).replace("〒", "")
        return "".join(value.split())

    def clean(self, value):
        value = super().clean(value)
        match = re.fullmatch(r"([0-9]{3})-?([0-9]{4})", value)
        if value and not match:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        return f"{match[1]}-{match[2]}" if match else value


class HalfWidthEmailField(forms.EmailField):
    def to_python(self, value):
        return half_width(super().to_python(value))


class PeopleCountField(forms.IntegerField):
    """A number of people, typed as 4, ４ or ４人."""

    def to_python(self, value):
        if isinstance(value, str):
            value = half_width(value).strip().removesuffix("人").removesuffix("名").strip()
        return super().to_python(value)


class Smoking(forms.ChoiceField):
    CHOICES = [
        ("none", _("Nobody in the household smokes")),
        ("outside", _("Someone smokes, only outside the home")),
        ("inside", _("Someone smokes inside the home")),
    ]

    def __init__(self, **kwargs):
        super().__init__(choices=self.CHOICES, widget=forms.RadioSelect, **kwargs)


class HostFamilyApplicationForm(forms.Form):
    """What a host family tells us. Field names are the keys of each stored submission."""

    # The autocomplete tokens let a phone's browser fill in what it knows of the family.
    household_name = forms.CharField(
        label=_("Household name"),
        max_length=100,
        help_text=_("For example: the Suzuki family."),
        widget=forms.TextInput(attrs={"autocomplete": "family-name"}),
    )
    contact_person = forms.CharField(
        label=_("Contact person"),
        max_length=100,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = HalfWidthEmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = PhoneNumberField(
        label=_("Telephone"),
        max_length=20,
        help_text=_("Digits and hyphens."),
        # type=tel brings up the number keypad and keeps what was typed as typed.
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    postal_code = PostalCodeField(
        label=_("Postal code"),
        max_length=12,
        help_text=_("For example: 277-0005."),
        widget=forms.TextInput(attrs={"autocomplete": "postal-code", "inputmode": "numeric"}),
    )
    address = forms.CharField(
        label=_("Address"),
        max_length=255,
        # street-address is the whole address, lines and all: HTML allows it on a textarea only.
        widget=forms.Textarea(attrs={"rows": 2, "autocomplete": "street-address"}),
    )
    household_members = PeopleCountField(
        label=_("Number of household members"),
        min_value=1,
        max_value=20,
        # A text box with a digit keyboard, not type=number: a form sent back with a mistake
        # shows what was typed ("abc", "４人"), which a number input may not hold as its value.
        widget=forms.TextInput(attrs={"inputmode": "numeric"}),
    )
    languages = forms.CharField(
        label=_("Languages spoken at home"),
        max_length=200,
        help_text=_("For example: Japanese, some English."),
    )
    pets = forms.CharField(
        label=_("Pets"),
        max_length=200,
        required=False,
        help_text=_("Leave blank if you have none."),
    )
    smoking = Smoking(label=_("Smoking"))
    preferred_period = forms.CharField(
        label=_("When you can host"),
        max_length=200,
        help_text=_("For example: the whole stay, or only the first week."),
    )
    message = forms.CharField(
        label=_("Message"),
        max_length=2000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
    )
    consent = forms.BooleanField(
        label=_("I have read the privacy notice above and agree to it."),
        error_messages={
            "required": _("Please agree to the privacy notice to send your application.")
        },
    )
    # Left empty by people (it is hidden from them); bots that fill every field fill it in.
    website = forms.CharField(label=_("Leave this field empty"), required=False)

    HONEYPOT = "website"

    def __init__(self, *args, page=None, user=None, **kwargs):
        # Wagtail's form pages pass the page and user to every form; these questions need neither.
        super().__init__(*args, **kwargs)

    def clean(self):
        cleaned_data = super().clean()
        # The trap is never stored: what Wagtail saves is exactly the family's answers.
        self.is_spam = bool(cleaned_data.pop(self.HONEYPOT, ""))
        return cleaned_data

    @classmethod
    def readable_answers(cls, answers):
        """A stored application's answers in words: the label of the option chosen, yes or no."""
        readable = {}
        for name, value in answers.items():
            field = cls.base_fields.get(name)
            if isinstance(field, forms.BooleanField):
                readable[name] = _("Yes") if value else _("No")
            elif isinstance(field, forms.ChoiceField):
                readable[name] = dict(field.choices).get(value, value)
            else:
                readable[name] = value
        return readable

    @classmethod
    def data_fields(cls):
        return [
            (name, field.label) for name, field in cls.base_fields.items() if name != cls.HONEYPOT
        ]

from django import forms
from django.core.validators import RegexValidator
from django.utils.translation import gettext_lazy as _

phone_number = RegexValidator(
    r"^\+?[0-9][0-9 \-()]{8,18}[0-9]$",
    _("Enter a telephone number in digits, for example 04-7157-0281 or 090-1234-5678."),
)


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
    email = forms.EmailField(
        label=_("Email address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Telephone"),
        max_length=20,
        validators=[phone_number],
        help_text=_("Digits and hyphens."),
        # type=tel brings up the number keypad and keeps what was typed as typed.
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    address = forms.CharField(
        label=_("Address"),
        max_length=255,
        # street-address is the whole address, lines and all: HTML allows it on a textarea only.
        widget=forms.Textarea(attrs={"rows": 2, "autocomplete": "street-address"}),
    )
    household_members = forms.IntegerField(
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
